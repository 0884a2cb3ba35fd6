import { describe, expect, it } from 'vitest';
import type { ActivityEvent } from './ActivityEvent.js';
import { compareMeans } from './compareMeans.js';
import { countPerUnit } from './countPerUnit.js';
import { figureKeys } from './figureKeys.js';

const unit = (id: string, visits: number, meetings: number) => ({ id, label: id, visits, meetings, total: visits + meetings });

describe('compareMeans', () => {
  it('averages over every unit, zero-event units included, and says whether the first group is more active', () => {
    const result = compareMeans(
      { label: 'republics', units: [unit('r1', 3, 1), unit('r2', 0, 0)] },
      { label: 'oblasts', units: [unit('o1', 1, 0), unit('o2', 0, 0), unit('o3', 0, 2)] },
    );
    expect(result.groups[0]).toMatchObject({ n: 2, active: 1, visits: 3, meetings: 1, total: 4, mean: 2, meanVisits: 1.5, meanMeetings: 0.5 });
    expect(result.groups[1]).toMatchObject({ n: 3, active: 2, total: 3, mean: 1 });
    expect(result.groups[1].units.map((u) => u.id)).toEqual(['o3', 'o1', 'o2']);
    expect(result.difference).toBe(1);
    expect(result.consistentWithClaim).toBe(true);
  });

  it('gives null means, difference and verdict when a group is empty', () => {
    const result = compareMeans({ label: 'a', units: [] }, { label: 'b', units: [unit('x', 1, 0)] });
    expect(result.groups[0]).toMatchObject({ n: 0, mean: null, meanVisits: null, meanMeetings: null });
    expect(result.difference).toBeNull();
    expect(result.consistentWithClaim).toBeNull();
  });

  it('is not consistent with the claim on a tie', () => {
    expect(compareMeans({ label: 'a', units: [unit('x', 1, 0)] }, { label: 'b', units: [unit('y', 0, 1)] }).consistentWithClaim).toBe(false);
  });
});

describe('countPerUnit', () => {
  it('counts each event once per unit it names and gives zero to units without events', () => {
    const e = (id: string, type: ActivityEvent['type'], regions: string[]): ActivityEvent => ({
      id, type, personId: 'p', personName: 'p', startMin: null, partner: null,
      regions: regions.map((r) => ({ id: r, name: r, kind: 'REPUBLIC', federalDistrict: null })),
    });
    const counts = countPerUnit(
      [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }],
      [e('1', 'VISITED', ['a']), e('2', 'MET', ['a', 'b']), e('3', 'VISITED', ['z'])],
      (event) => [...event.regions.map((r) => r.id), ...event.regions.map((r) => r.id)],
    );
    expect(counts).toEqual([
      { id: 'a', label: 'A', visits: 1, meetings: 1, total: 2 },
      { id: 'b', label: 'B', visits: 0, meetings: 1, total: 1 },
      { id: 'c', label: 'C', visits: 0, meetings: 0, total: 0 },
    ]);
  });
});

describe('figureKeys', () => {
  const tatarstan = { region: { id: 'region:RU-TA', kind: 'REPUBLIC', federalDistrict: 'Volga' }, governorIds: ['person:b', 'person:a'] };
  const average = { region: null, governorIds: [] };
  it('names the rows a figure describes under each grouping', () => {
    expect(figureKeys(tatarstan, 'REGION')).toEqual(['region:RU-TA']);
    expect(figureKeys(tatarstan, 'REGION_KIND')).toEqual(['REPUBLIC']);
    expect(figureKeys(tatarstan, 'FEDERAL_DISTRICT')).toEqual(['Volga']);
    expect(figureKeys(tatarstan, 'GOVERNOR')).toEqual(['person:a', 'person:b']);
    expect(figureKeys(tatarstan, 'YEAR')).toEqual([]);
    expect(figureKeys(tatarstan, 'PARTNER_COUNTRY')).toEqual([]);
    expect(figureKeys(average, 'REGION')).toEqual([]);
    expect(figureKeys(average, 'GOVERNOR')).toEqual([]);
  });
});
