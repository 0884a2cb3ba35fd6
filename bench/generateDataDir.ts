import path from 'node:path';
import { REPO_ROOT } from '../src/config/config.js';

/** Where `npm run generate -- --scale N` writes without `--data-dir` (never the curated `.data/neo4j`). */
export const syntheticDataDir = (scale: number): string => path.join(REPO_ROOT, '.data', `synthetic-${scale}`);
