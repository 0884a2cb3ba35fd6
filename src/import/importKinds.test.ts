import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config/config.js';
import { columnsOf, IMPORT_KINDS, KNOWN_COLUMNS, normalizeFields, normalizeKind, requiredColumnsOf, validateRow } from './importKinds.js';

describe('import kinds', () => {
  it('normalises kind names, plurals and aliases', () => {
    expect(normalizeKind('Visit')).toBe('visit');
    expect(normalizeKind('visits')).toBe('visit');
    expect(normalizeKind('ethnic_group')).toBe('ethnic-group');
    expect(normalizeKind('EthnicGroup')).toBe('ethnic-group');
    expect(normalizeKind('Organization')).toBe('organisation');
    expect(normalizeKind('viist')).toBeUndefined();
  });

  it('documents each kind’s columns and which are required', () => {
    expect(columnsOf('visit')).toEqual(['person', 'country', 'date', 'end', 'purpose', 'occasions', 'source', 'quote']);
    expect(requiredColumnsOf('visit')).toEqual(['person', 'country']);
    expect(requiredColumnsOf('organisation')).toEqual(['name', 'orgKind']);
    expect(requiredColumnsOf('source')).toEqual(['title']);
    expect(KNOWN_COLUMNS.has('counterpartRole')).toBe(true);
    expect(KNOWN_COLUMNS.has('kind')).toBe(true);
  });

  it('are documented in README.md ("Bulk import") with their exact columns (required ones in bold)', () => {
    const doc = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    for (const kind of IMPORT_KINDS) {
      const required = requiredColumnsOf(kind);
      const columns = columnsOf(kind).map((c) => (required.includes(c) ? `**${c}**` : c)).join(', ');
      expect(doc, kind).toContain(`| \`${kind}\` | ${columns} |`);
    }
  });

  it('cleans raw fields: trims, drops empty cells and _-columns, turns numbers into text', () => {
    expect(normalizeFields({ a: '  x ', b: '', c: '   ', _errors: 'old', d: 2010, e: null, f: [' a ', '', 3] })).toEqual({
      a: 'x',
      d: '2010',
      f: ['a', '3'],
    });
  });

  it('accepts a good visit and converts nothing it should not', () => {
    const result = validateRow('visit', { person: 'Rustam Minnikhanov', country: 'TR', date: '2012-03', source: 'source:x', quote: 'he went' });
    expect(result).toEqual({
      row: { kind: 'visit', person: 'Rustam Minnikhanov', country: 'TR', date: '2012-03', source: 'source:x', quote: 'he went' },
    });
  });

  it('reports each bad column with a precise reason', () => {
    const result = validateRow('visit', { country: 'TR', date: '2011-13-02', end: '2010', purpose: 'x', colour: 'red' });
    expect('issues' in result && result.issues).toEqual(
      expect.arrayContaining([
        { column: 'person', reason: 'required for kind "visit", but missing or empty' },
        { column: 'date', reason: 'month must be 01..12, received "2011-13-02"' },
        expect.objectContaining({ column: 'colour', reason: expect.stringContaining('does not apply to kind "visit"') }),
      ]),
    );
  });

  it('checks that periods do not end before they start', () => {
    const result = validateRow('tenure', { person: 'p', region: 'RU-TA', start: '2010-05', end: '2010-04-30' });
    expect(result).toEqual({ issues: [{ column: 'end', reason: 'end 2010-04-30 is before start 2010-05' }] });
    expect('row' in validateRow('tenure', { person: 'p', region: 'RU-TA', start: '2010-05', end: '2010' })).toBe(true);
  });

  it('parses booleans, lists and enums leniently, and rejects what they are not', () => {
    const person = validateRow('person', { name: 'A B', altNames: 'A; B. ; ', outsider: 'Yes', synthetic: '0' });
    expect(person).toEqual({ row: { kind: 'person', name: 'A B', altNames: ['A', 'B.'], outsider: true, synthetic: false } });
    const org = validateRow('organisation', { name: 'X', orgKind: 'international federation' });
    expect('row' in org && org.row).toMatchObject({ orgKind: 'INTERNATIONAL_FEDERATION' });
    const bad = validateRow('person', { name: 'A', outsider: 'maybe' });
    expect(bad).toEqual({ issues: [{ column: 'outsider', reason: 'expected true or false (or yes/no, 1/0), received "maybe"' }] });
    const badId = validateRow('person', { name: 'A', id: 'org:a' });
    expect('issues' in badId && badId.issues[0]).toMatchObject({ column: 'id', reason: expect.stringContaining('person:<slug>') });
  });

  it('narrows meeting counterparts by kind, case-insensitively', () => {
    const result = validateRow('meeting', { person: 'p', counterpart: 'c', counterpartKind: 'organization' });
    expect('row' in result && result.row).toMatchObject({ counterpartKind: 'Organisation' });
  });

  it('keeps the quote rules of the seed format (3..600 characters)', () => {
    const result = validateRow('visit', { person: 'p', country: 'TR', quote: 'x' });
    expect('issues' in result && result.issues[0]?.column).toBe('quote');
  });
});
