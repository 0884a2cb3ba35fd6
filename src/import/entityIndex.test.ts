import { describe, expect, it } from 'vitest';
import { EntityIndex, type KnownEntity } from './entityIndex.js';

function index(): EntityIndex {
  const idx = new EntityIndex();
  const db = (id: string, kind: KnownEntity['kind'], label: string, names: string[] = [label]) =>
    idx.add({ id, kind, label, inDatabase: true, definedBy: [] }, names);
  db('country:TR', 'Country', 'Turkey', ['Turkey', 'Турция', 'Türkiye']);
  db('country:CD', 'Country', 'Democratic Republic of the Congo', ['Democratic Republic of the Congo', 'Congo']);
  db('country:CG', 'Country', 'Republic of the Congo', ['Republic of the Congo', 'Congo']);
  db('region:RU-TA', 'Region', 'Tatarstan', ['Tatarstan', 'Татарстан']);
  db('org:turksoy', 'Organisation', 'International Organization of Turkic Culture', ['International Organization of Turkic Culture', 'Türksoy']);
  db('person:rustam-minnikhanov', 'Person', 'Rustam Minnikhanov', ['Rustam Minnikhanov', 'Рустам Минниханов']);
  idx.add({ id: 'person:ivan-petrov-1', kind: 'Person', label: 'Ivan Petrov', inDatabase: false, definedBy: [{ file: 'p.csv', line: 2 }] }, ['Ivan Petrov']);
  idx.add({ id: 'person:ivan-petrov-2', kind: 'Person', label: 'Ivan Petrov', inDatabase: false, definedBy: [{ file: 'p.csv', line: 3 }] }, ['Ivan Petrov']);
  return idx;
}

const idOf = (r: ReturnType<EntityIndex['resolve']>) => ('entity' in r ? r.entity.id : r.error);

describe('EntityIndex.resolve', () => {
  const idx = index();

  it('resolves ids, ISO codes and exact names (case- and diacritic-insensitive, Russian too)', () => {
    expect(idOf(idx.resolve('country:TR', ['Country']))).toBe('country:TR');
    expect(idOf(idx.resolve('region:ru-ta', ['Region']))).toBe('region:RU-TA');
    expect(idOf(idx.resolve('TR', ['Country']))).toBe('country:TR');
    expect(idOf(idx.resolve('tr', ['Country']))).toBe('country:TR');
    expect(idOf(idx.resolve('RU-TA', ['Region']))).toBe('region:RU-TA');
    expect(idOf(idx.resolve('turkiye', ['Country']))).toBe('country:TR');
    expect(idOf(idx.resolve('ТУРЦИЯ', ['Country']))).toBe('country:TR');
    expect(idOf(idx.resolve('turksoy', ['Organisation']))).toBe('org:turksoy');
    expect(idOf(idx.resolve('  Рустам  Минниханов ', ['Person']))).toBe('person:rustam-minnikhanov');
  });

  it('lists the candidates of an ambiguous name', () => {
    const r = idx.resolve('Congo', ['Country']);
    expect('error' in r && r.error).toBe(
      '"Congo" is ambiguous: 2 entities have this name: country:CD (Democratic Republic of the Congo); country:CG (Republic of the Congo); write the id instead',
    );
    const p = idx.resolve('ivan petrov', ['Person']);
    expect('error' in p && p.error).toContain('person:ivan-petrov-1 (Ivan Petrov, defined at p.csv:2); person:ivan-petrov-2 (Ivan Petrov, defined at p.csv:3)');
  });

  it('says when a name or id belongs to another kind', () => {
    const r = idx.resolve('Turkey', ['Person']);
    expect('error' in r && r.error).toBe('"Turkey" names a Country, country:TR (Turkey); expected a Person');
    const i = idx.resolve('person:rustam-minnikhanov', ['Country', 'Area']);
    expect('error' in i && i.error).toContain('is a Person');
  });

  it('marks unknown names and ids for suggestions, and rejects unknown codes outright', () => {
    const r = idx.resolve('Rustam Minikhanov', ['Person']);
    expect(r).toMatchObject({ error: 'no Person has the id or exact name "Rustam Minikhanov"', unknown: { text: 'Rustam Minikhanov' } });
    const id = idx.resolve('person:rustam-minikhanov', ['Person']);
    expect(id).toMatchObject({ error: 'unknown id "person:rustam-minikhanov"', unknown: { text: 'rustam minikhanov' } });
    const code = idx.resolve('XZ', ['Country']);
    expect(code).toEqual({ error: '"XZ" is not an ISO 3166-1 alpha-2 country code of a country in the graph' });
    expect(idx.resolve('RU-XX', ['Region'])).toEqual({ error: '"RU-XX" is not an ISO 3166-2:RU code of a region in the graph' });
  });
});
