import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Database } from '../../src/db/Database.js';

/**
 * Test data for the import tests: everything they write carries ids and
 * sources under `test-import`, so `removeTestImports` takes it all away again
 * and the shared test graph is left with exactly the seed.
 */
export const TEST_SOURCE_ID = 'source:test-import-contacts';
export const TEST_SOURCE_URL = 'https://example.org/test-import/contacts';

const FIRST: Array<[string, string]> = [
  ['Timur', 'Тимур'], ['Ilya', 'Илья'], ['Oleg', 'Олег'], ['Marat', 'Марат'],
  ['Denis', 'Денис'], ['Artur', 'Артур'], ['Ruslan', 'Руслан'], ['Pavel', 'Павел'],
];
const LAST: Array<[string, string]> = [
  ['Gabdullin', 'Габдуллин'], ['Sharipov', 'Шарипов'], ['Yakovlev', 'Яковлев'], ['Zakirov', 'Закиров'], ['Belousov', 'Белоусов'],
];

export interface TestPerson {
  id: string;
  name: string;
  nameRu: string;
}

/** 40 persons with distinct names, plus two namesakes ("Ivan Petrov") for the ambiguity test. */
export const PERSONS: TestPerson[] = FIRST.flatMap(([first, firstRu], i) =>
  LAST.map(([last, lastRu], j) => ({
    id: `person:test-import-${String(i * LAST.length + j + 1).padStart(2, '0')}`,
    name: `${first} ${last}`,
    nameRu: `${firstRu} ${lastRu}`,
  })),
);
export const NAMESAKES: TestPerson[] = [
  { id: 'person:test-import-ivan-petrov-kazan', name: 'Ivan Petrov', nameRu: 'Иван Петров' },
  { id: 'person:test-import-ivan-petrov-ufa', name: 'Ivan Petrov', nameRu: 'Иван Петров' },
];

export function sourcesJsonl(): string {
  return `${JSON.stringify({
    kind: 'source',
    id: TEST_SOURCE_ID,
    title: 'Test dataset of governors’ contacts (generated for the import tests)',
    url: TEST_SOURCE_URL,
    publisher: 'Import tests',
    published: '2024-05',
    type: 'REFERENCE',
  })}\n`;
}

/** persons.csv: the 40 persons (line n+2 for PERSONS[n]), then the namesakes (lines 42, 43). */
export function personsCsv(): string {
  return stringify([
    ['kind', 'id', 'name', 'nameRu', 'role', 'synthetic', 'source'],
    ...[...PERSONS, ...NAMESAKES].map((p) => ['person', p.id, p.name, p.nameRu, 'Head of a region (test data)', 'true', TEST_SOURCE_URL]),
  ]);
}

export const CONTACT_COLUMNS = [
  'kind', 'person', 'country', 'counterpart', 'counterpartKind', 'date', 'end', 'purpose', 'counterpartRole', 'place', 'source', 'quote',
] as const;
export type ContactRow = Record<(typeof CONTACT_COLUMNS)[number], string>;

/** mulberry32: deterministic pseudo-random numbers. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES: Array<[code: string, name: string, nameRu: string]> = [
  ['TR', 'Turkey', 'Турция'], ['KZ', 'Kazakhstan', 'Казахстан'], ['DE', 'Germany', 'Германия'], ['CN', 'China', 'КНР (Китайская Народная Республика)'],
  ['FI', 'Finland', 'Финляндия'], ['HU', 'Hungary', 'Венгрия'], ['JO', 'Jordan', 'Иордания'], ['UZ', 'Uzbekistan', 'Узбекистан'],
  ['AZ', 'Azerbaijan', 'Азербайджан'],
];
const PURPOSES = ['official visit', 'trade mission', 'investment forum', 'cultural days', ''];
const ROLES = ['ambassador', 'consul general', 'minister of foreign affairs', 'head of state', ''];

/**
 * `count` real-looking contacts (visits abroad and meetings with foreign
 * counterparts, 2005–2015) of the test persons, named as researchers write
 * them: English or Russian names or ids; countries by ISO code, English or
 * Russian name; counterparts that are countries, Türksoy, Abdullah II or
 * another test person. Unique natural keys; every row cites the test source by URL.
 */
export function contactRows(count: number, seed = 7): ContactRow[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const rows: ContactRow[] = [];
  const keys = new Set<string>();
  const start = Date.UTC(2005, 0, 1);
  const span = Date.UTC(2015, 11, 31) - start;
  while (rows.length < count) {
    const person = pick(PERSONS);
    const r = random();
    const personCell = r < 0.7 ? person.name : r < 0.9 ? person.nameRu : person.id;
    const day = new Date(start + Math.floor(random() * span)).toISOString().slice(0, 10);
    const date = random() < 0.1 ? day.slice(0, 7) : day;
    const [code, name, nameRu] = pick(COUNTRIES);
    const c = random();
    const countryCell = c < 0.5 ? code : c < 0.8 ? name : nameRu;
    const isVisit = random() < 0.5;
    let counterpart = '';
    let counterpartKey = code;
    if (!isVisit) {
      const k = random();
      if (k < 0.6) counterpart = countryCell;
      else if (k < 0.7) [counterpart, counterpartKey] = ['Türksoy', 'org:turksoy'];
      else if (k < 0.8) [counterpart, counterpartKey] = ['Abdullah II', 'person:abdullah-ii'];
      else {
        const other = pick(PERSONS.filter((p) => p !== person));
        [counterpart, counterpartKey] = [other.name, other.id];
      }
    }
    const key = `${isVisit}|${person.id}|${counterpartKey}|${date}`;
    if (keys.has(key)) continue;
    keys.add(key);
    rows.push({
      kind: isVisit ? 'visit' : 'meeting',
      person: personCell,
      country: isVisit ? countryCell : '',
      counterpart,
      counterpartKind: '',
      date,
      end: '',
      purpose: isVisit ? pick(PURPOSES) : '',
      counterpartRole: isVisit ? '' : pick(ROLES),
      place: '',
      source: TEST_SOURCE_URL,
      quote: random() < 0.1 ? `test quote ${rows.length}` : '',
    });
  }
  return rows;
}

export function contactsCsv(rows: readonly ContactRow[]): string {
  return stringify([[...CONTACT_COLUMNS], ...rows.map((r) => CONTACT_COLUMNS.map((c) => r[c]))]);
}

/** Removes everything the import tests wrote: test entities (and so their relationships), and anything citing a test source. */
export async function removeTestImports(db: Database): Promise<void> {
  await db.executeWriteAll([
    { cypher: `MATCH ()-[r]->() WHERE any(s IN coalesce(r.sourceIds, []) WHERE s STARTS WITH 'source:test-import') DELETE r`, params: {} },
    { cypher: `MATCH (n:Entity) WHERE n.id CONTAINS ':test-import' DETACH DELETE n`, params: {} },
    // Curated corrections of imported facts (issue #4's scenario) leave audit entries.
    { cypher: `MATCH (e:AuditEntry) WHERE e.targetId CONTAINS 'test-import' DELETE e`, params: {} },
    // Only the import tests import into the shared test graph: every import entry is theirs.
    { cypher: `MATCH (e:AuditEntry {operation: 'import'}) DELETE e`, params: {} },
  ]);
}

/**
 * Writes the three files of a test import into `dir` (sources.jsonl,
 * persons.csv, contacts.csv with `contacts` generated contacts) and returns
 * their paths in import order.
 */
export function writeContactFiles(dir: string, contacts: number): string[] {
  return [
    ['sources.jsonl', sourcesJsonl()],
    ['persons.csv', personsCsv()],
    ['contacts.csv', contactsCsv(contactRows(contacts))],
  ].map(([name, content]) => {
    const file = path.join(dir, name!);
    writeFileSync(file, content!);
    return file;
  });
}
