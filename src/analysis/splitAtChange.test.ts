import { describe, expect, it } from 'vitest';
import { splitAtChange, type ChangeEvent, type RegionTenure } from './splitAtChange.js';

const TENURES: RegionTenure[] = [
  { governorId: 'person:first', startMin: '2002-01-01', endMax: '2010-12-31' },
  { governorId: 'person:second', startMin: '2010-01-01', endMax: '2015-12-31' },
  { governorId: 'person:third', startMin: '2015-01-01', endMax: null },
];

const ev = (id: string, type: ChangeEvent['type'], personId: string, startMin: string | null, latest: string | null, partnerId: string | null): ChangeEvent =>
  ({ id, type, personId, startMin, latest, partnerId });

const EVENTS: ChangeEvent[] = [
  ev('1', 'VISITED', 'person:first', '2005-01-01', '2005-12-31', 'country:FI'),
  ev('2', 'MET', 'person:first', '2006-03-01', '2006-03-31', 'country:HU'),
  ev('3', 'VISITED', 'person:second', '2012-01-01', '2012-12-31', 'country:FI'),
  ev('4', 'VISITED', 'person:second', '2013-01-01', '2013-12-31', 'country:CN'),
  ev('5', 'MET', 'person:second', null, null, null),
  ev('6', 'VISITED', 'person:third', '2015-01-01', '2015-12-31', 'country:CN'),
  ev('7', 'VISITED', 'person:third', '2016-01-01', '2016-12-31', 'country:DE'),
  ev('8', 'MET', 'person:third', '2017-01-01', '2017-12-31', 'country:CN'),
];

const KIN = new Set(['country:FI', 'country:HU']);
const NAMES: Record<string, string> = { 'country:FI': 'Finland', 'country:HU': 'Hungary', 'country:CN': 'China', 'country:DE': 'Germany' };
const nameOf = (id: string) => NAMES[id] ?? id;

describe('splitAtChange', () => {
  it('by the incoming governor: earlier governors before, the incoming one after, shares of kin-linked partners', () => {
    const split = splitAtChange({ by: 'governor', governorId: 'person:third', startMin: '2015-01-01' }, TENURES, EVENTS, KIN, nameOf);
    expect(split.before).toMatchObject({
      governorIds: ['person:first', 'person:second'],
      visits: 3, meetings: 2, total: 5,
      partnerCount: 3, kinLinkedPartnerCount: 2, withoutPartnerCountry: 1,
    });
    expect(split.before.partners.map((p) => [p.countryId, p.total, p.kinLinked])).toEqual([
      ['country:FI', 2, true], ['country:CN', 1, false], ['country:HU', 1, true],
    ]);
    expect(split.before.kinLinkedShare).toBeCloseTo(2 / 3, 10);
    expect(split.before.kinLinkedEventShare).toBe(3 / 4);
    expect(split.after).toMatchObject({
      governorIds: ['person:third'], total: 3, partnerCount: 2, kinLinkedPartnerCount: 0, kinLinkedShare: 0, kinLinkedEventShare: 0,
    });
    expect(split.after.partners.map((p) => p.countryId)).toEqual(['country:CN', 'country:DE']);
    expect(split.unplaced.total).toBe(0);
  });

  it('by a date: events wholly before or after it; undated events and those reaching into it are unplaced', () => {
    const split = splitAtChange({ by: 'date', earliest: '2015-01-01', latest: '2015-12-31' }, TENURES, EVENTS, KIN, nameOf);
    expect(split.before.total).toBe(4);
    expect(split.after.total).toBe(2);
    expect(split.unplaced).toEqual({ visits: 1, meetings: 1, total: 2 });
    expect(split.before.governorIds).toEqual(['person:first', 'person:second', 'person:third'].slice(0, 2));
    expect(split.after.governorIds).toEqual(['person:third']);
  });

  it('gives null shares to a side without partner countries', () => {
    const split = splitAtChange({ by: 'governor', governorId: 'person:second', startMin: '2010-01-01' }, TENURES, [EVENTS[4] as ChangeEvent], KIN, nameOf);
    expect(split.before).toMatchObject({ total: 0, partnerCount: 0, kinLinkedShare: null, kinLinkedEventShare: null });
    expect(split.after).toMatchObject({ total: 1, withoutPartnerCountry: 1, kinLinkedShare: null });
  });
});
