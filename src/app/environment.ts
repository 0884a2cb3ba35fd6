/**
 * Side effect only: the entry point imports this module first, so the
 * environment (.env, the NODE_ENV default) is in place before graphql-js and
 * Apollo Server load and read it (ES modules evaluate in import order; the
 * config module imported here reads no environment when it loads).
 */
import path from 'node:path';
import { REPO_ROOT } from '../config/config.js';
import { loadEnvironment } from './loadEnvironment.js';

loadEnvironment(process.env, path.join(REPO_ROOT, '.env'));
