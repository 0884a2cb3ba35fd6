import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config/config.js';
import { buildSchema } from './buildSchema.js';

describe('the GraphQL schema', () => {
  it('matches the reviewed snapshot (every API change shows in review)', async () => {
    await expect(printSchema(lexicographicSortSchema(buildSchema()))).toMatchFileSnapshot('__snapshots__/schema.graphql');
  });

  it('has generated resolver types that are up to date with the SDL (run `npm run codegen`)', async () => {
    const { config } = await loadCodegenConfig({ configFilePath: path.join(REPO_ROOT, 'codegen.yml') });
    const outputs = await generate({ ...config, cwd: REPO_ROOT, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs as Array<{ filename: string; content: string }>) {
      const onDisk = await readFile(path.resolve(REPO_ROOT, output.filename), 'utf8');
      expect(onDisk, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  });
});
