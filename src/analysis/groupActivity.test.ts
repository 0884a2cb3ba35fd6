import { describe, expect, it } from 'vitest';
import type { ActivityEvent, EventRegion } from './ActivityEvent.js';
import { groupActivity } from './groupActivity.js';

const TA: EventRegion = { id: 'region:RU-TA', name: 'Tatarstan', kind: 'REPUBLIC', federalDistrict: 'Volga' };
const KO: EventRegion = { id: 'region:RU-KO', name: 'Komi Republic', kind: 'REPUBLIC', federalDistrict: 'Northwestern' };
const KLU: EventRegion = { id: 'region:RU-KLU', name: 'Kaluga Oblast', kind: 'OBLAST', federalDistrict: 'Central' };

function event(id: string, type: ActivityEvent['type'], personId: string, startMin: string | null, regions: EventRegion[], partner: string | null): ActivityEvent {
  return { id, type, personId, personName: personId.replace('person:', ''), startMin, regions, partner: partner ? { id: `country:${partner}`, name: partner } : null };
}

const EVENTS: ActivityEvent[] = [
  event('e1', 'VISITED', 'person:a', '2010-01-01', [TA], 'TR'),
  event('e2', 'MET', 'person:a', '2011-05-01', [TA], 'TR'),
  event('e3', 'VISITED', 'person:b', '2011-01-01', [KO], 'FI'),
  event('e4', 'VISITED', 'person:c', '2010-01-01', [KLU], 'DE'),
  event('e5', 'MET', 'person:c', null, [KLU], null),
  // a person heading two regions at once: one event, two region rows, one kind row
  event('e6', 'MET', 'person:d', '2012-01-01', [TA, KO], 'HU'),
  // no region: a non-governor
  event('e7', 'VISITED', 'person:x', '2012-01-01', [], 'FR'),
];

describe('groupActivity', () => {
  it('by region: an event in every region row it belongs to, totals counting it once', () => {
    const { rows, unattributed, totals } = groupActivity(EVENTS, 'REGION');
    expect(rows).toEqual([
      { key: 'region:RU-TA', label: 'Tatarstan', visits: 1, meetings: 2, total: 3 },
      { key: 'region:RU-KLU', label: 'Kaluga Oblast', visits: 1, meetings: 1, total: 2 },
      { key: 'region:RU-KO', label: 'Komi Republic', visits: 1, meetings: 1, total: 2 },
    ]);
    expect(unattributed).toEqual({ visits: 1, meetings: 0, total: 1 });
    expect(totals).toEqual({ visits: 4, meetings: 3, total: 7 });
  });

  it('by region kind and federal district: once per group even for an event in two regions of it', () => {
    expect(groupActivity(EVENTS, 'REGION_KIND').rows).toEqual([
      { key: 'REPUBLIC', label: 'Republic', visits: 2, meetings: 2, total: 4 },
      { key: 'OBLAST', label: 'Oblast', visits: 1, meetings: 1, total: 2 },
    ]);
    expect(groupActivity(EVENTS, 'FEDERAL_DISTRICT').rows.map((r) => [r.key, r.total])).toEqual([
      ['Volga', 3], ['Central', 2], ['Northwestern', 2],
    ]);
  });

  it('by governor: only events made during a tenure (the non-governor is unattributed)', () => {
    const { rows, unattributed } = groupActivity(EVENTS, 'GOVERNOR');
    expect(rows.map((r) => [r.key, r.visits, r.meetings])).toEqual([
      ['person:a', 1, 1], ['person:c', 1, 1], ['person:b', 1, 0], ['person:d', 0, 1],
    ]);
    expect(unattributed.total).toBe(1);
  });

  it('by year: the start year, in year order; undated events unattributed', () => {
    const { rows, unattributed } = groupActivity(EVENTS, 'YEAR');
    expect(rows.map((r) => [r.key, r.total])).toEqual([['2010', 2], ['2011', 2], ['2012', 2]]);
    expect(unattributed).toEqual({ visits: 0, meetings: 1, total: 1 });
  });

  it('by partner country: events without one are unattributed', () => {
    const { rows, unattributed } = groupActivity(EVENTS, 'PARTNER_COUNTRY');
    expect(rows.map((r) => [r.key, r.label, r.total])).toEqual([
      ['country:TR', 'TR', 2], ['country:DE', 'DE', 1], ['country:FI', 'FI', 1], ['country:FR', 'FR', 1], ['country:HU', 'HU', 1],
    ]);
    expect(unattributed.total).toBe(1);
  });

  it('gives no rows and zero counts for no events', () => {
    expect(groupActivity([], 'REGION')).toEqual({
      rows: [],
      unattributed: { visits: 0, meetings: 0, total: 0 },
      totals: { visits: 0, meetings: 0, total: 0 },
    });
  });
});
