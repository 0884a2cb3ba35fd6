/**
 * Side effect only: the entry point imports this module first, so the
 * environment (.env, the NODE_ENV default) is in place before graphql-js and
 * Apollo Server load and read it (ES modules evaluate in import order).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEnvironment } from './loadEnvironment.js';

loadEnvironment(process.env, path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '.env'));
