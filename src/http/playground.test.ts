/**
 * The GraphQL playground (web/): checks the built page in web/dist (it builds
 * nothing itself: run `npm run build:web` first, which `npm install` does via
 * postinstall) and validates the example operations against schema/*.graphql.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getVariableValues,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { examples } from '../../web/src/examples.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(repoRoot, 'web', 'dist');
const schemaDir = join(repoRoot, 'schema');

function requireDist(): void {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(
      `web/dist/index.html is missing (looked in ${dist}): run \`npm run build:web\` first.`,
    );
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Places where a browser would *load* something from another host. Not every
 * "http" (Monaco's bundle is full of harmless URLs in licences, doc links and
 * JSON-schema ids), only load sites: element src/href attributes, CSS url()
 * and @import, dynamic import(), importScripts(), plus the usual CDN / web font
 * hosts anywhere. `(?:https?:)?\/\/` also catches protocol-relative `//host`.
 */
const externalLoadSites: ReadonlyArray<[string, RegExp]> = [
  ['src attribute', /\bsrc\s*=\s*["']?\s*(?:https?:)?\/\//i],
  ['href attribute', /\bhref\s*=\s*["']?\s*(?:https?:)?\/\//i],
  ['CSS url()', /url\(\s*["']?\s*(?:https?:)?\/\//i],
  ['CSS @import', /@import\s+(?:url\(\s*)?["']?\s*(?:https?:)?\/\//i],
  ['dynamic import()', /\bimport\(\s*["'`]\s*(?:https?:)?\/\//i],
  ['importScripts()', /\bimportScripts\(\s*["'`]\s*(?:https?:)?\/\//i],
  ['CDN (//cdn...)', /\/\/cdn[\w.-]*\./i],
  ['unpkg', /unpkg\.com/i],
  ['jsDelivr', /jsdelivr/i],
  ['esm.sh', /\/\/esm\.sh\b/i],
  ['Google Fonts', /fonts\.(?:googleapis|gstatic)\.com/i],
];

describe('playground build (web/dist)', () => {
  it('has web/dist/index.html, the page the API serves at GET /graphql', () => {
    requireDist();
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(html).toContain('Paradiplomacy knowledge graph — GraphQL playground');
    // Assets are addressed under /playground/ (vite `base`), which the API serves.
    expect(html).toMatch(/<script[^>]+src="\/playground\/assets\/[^"]+\.js"/);
  });

  it('loads nothing from outside the server (no CDN, no external fonts)', () => {
    requireDist();
    const scanned = filesUnder(dist).filter((file) => /\.(?:html|m?js|css)$/.test(file));
    expect(scanned.some((file) => file.endsWith('.js'))).toBe(true);
    const offending: string[] = [];
    for (const file of scanned) {
      const text = readFileSync(file, 'utf8');
      for (const [what, pattern] of externalLoadSites) {
        const match = pattern.exec(text);
        if (match) {
          const at = match.index;
          const context = text.slice(Math.max(0, at - 60), at + 100).replace(/\s+/g, ' ');
          offending.push(`${relative(dist, file)}: ${what}: …${context}…`);
        }
      }
    }
    expect(offending).toEqual([]);
  });
});

describe('playground examples (web/src/examples.ts)', () => {
  const sdl = readdirSync(schemaDir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(join(schemaDir, name), 'utf8'))
    .join('\n');
  const schema = buildSchema(sdl);

  it('has examples with unique titles and one-line descriptions', () => {
    expect(examples.length).toBeGreaterThan(0);
    const titles = examples.map((example) => example.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const example of examples) {
      expect(example.title.trim(), 'title').not.toBe('');
      expect(example.description.trim(), `description of ${example.title}`).not.toBe('');
      expect(example.description, `description of ${example.title}`).not.toMatch(/\n/);
    }
  });

  it.each(examples.map((example) => [example.title, example] as const))(
    '%s: parses and validates against schema/*.graphql',
    (_title, example) => {
      let document: DocumentNode;
      try {
        document = parse(example.query);
      } catch (error) {
        throw new Error(`"${example.title}" does not parse: ${String(error)}`);
      }
      const errors = validate(schema, document).map((error) => error.message);
      expect(errors).toEqual([]);

      // One named operation (GraphiQL names the tab after it, and runs it without asking).
      const operations = document.definitions.filter(
        (definition): definition is OperationDefinitionNode =>
          definition.kind === Kind.OPERATION_DEFINITION,
      );
      expect(operations).toHaveLength(1);
      const operation = operations[0]!;
      expect(operation.name?.value, 'operation name').toBeTruthy();

      // The variables given fit the operation's variable definitions (types, required ones).
      const coerced = getVariableValues(
        schema,
        operation.variableDefinitions ?? [],
        example.variables ?? {},
      );
      expect(coerced.errors?.map((error) => error.message) ?? []).toEqual([]);
      const declared = new Set(
        (operation.variableDefinitions ?? []).map((definition) => definition.variable.name.value),
      );
      for (const name of Object.keys(example.variables ?? {})) {
        expect(declared.has(name), `variable $${name} is declared`).toBe(true);
      }
    },
  );
});
