import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config/config.js';

/** The SDL files in schema/, in name order: the source of truth of the API. */
export function loadTypeDefs(dir = path.join(REPO_ROOT, 'schema')): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(dir, file), 'utf8'));
}
