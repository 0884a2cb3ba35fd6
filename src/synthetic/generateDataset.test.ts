import { describe, expect, it } from 'vitest';
import { normalizeFields, validateRow, type ImportKind } from '../import/importKinds.js';
import { referenceCountries } from '../seed/reference/referenceCountries.js';
import { referenceRegions } from '../seed/reference/referenceRegions.js';
import { generateDataset, MEAN_MEETINGS_PER_DECADE, MEAN_VISITS_PER_DECADE, type GenerateOptions } from './generateDataset.js';

const regions = referenceRegions().nodes.map((n) => ({ code: String(n.props.code), kind: String(n.props.kind) }));
const countries = referenceCountries().nodes.map((n) => String(n.props.code));
const options = (seed: number, scale = 2): GenerateOptions => ({ scale, seed, regions, countries });

const all = (seed: number, scale = 2) => {
  const d = generateDataset(options(seed, scale));
  return { ...d, rows: [...d.entities, ...d.events()] };
};

describe('generateDataset (synthetic scale data)', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = all(7);
    const b = all(7);
    expect(b.rows).toEqual(a.rows);
    expect(b.kinship).toEqual(a.kinship);
    // events() replays the same sequence when called again.
    expect([...a.events()]).toEqual(a.rows.slice(a.entities.length));
    const c = all(8);
    expect(c.rows).not.toEqual(a.rows);
  });

  it('writes rows the importer accepts, over the 83 real regions', () => {
    const { rows, kinship } = all(1, 1);
    expect(regions).toHaveLength(83);
    for (const row of rows) {
      const { kind, ...fields } = row;
      const result = validateRow(kind as ImportKind, normalizeFields(fields));
      expect(result, JSON.stringify(row)).toHaveProperty('row');
    }
    const tenureRegions = new Set(rows.filter((r) => r.kind === 'tenure').map((r) => r.region));
    expect(tenureRegions.size).toBe(83);
    const republics = regions.filter((r) => r.kind === 'REPUBLIC').length;
    expect(kinship.titular).toHaveLength(republics);
    expect(kinship.kin.length).toBeGreaterThanOrEqual(republics);
  });

  it('gives each governor events only during their tenure', () => {
    const { rows } = all(3, 1);
    const tenure = new Map(rows.filter((r) => r.kind === 'tenure').map((r) => [r.person, r]));
    const events = rows.filter((r) => r.kind === 'visit' || r.kind === 'meeting');
    for (const e of events.filter((r) => r.date!.length === 10)) {
      const t = tenure.get(e.person)!;
      expect(e.date! >= t.start! && e.date! <= t.end!, `${e.person} ${e.date} in ${t.start}..${t.end}`).toBe(true);
    }
  });

  it('has heavy-tailed per-region activity around the article means (scale 10)', () => {
    const scale = 10;
    const d = generateDataset(options(42, scale));
    const governorRegion = new Map(d.entities.filter((r) => r.kind === 'tenure').map((r) => [r.person, r.region!]));
    const visits = new Map<string, number>();
    const meetings = new Map<string, number>();
    for (const e of d.events()) {
      const counts = e.kind === 'visit' ? visits : meetings;
      const region = governorRegion.get(e.person)!;
      counts.set(region, (counts.get(region) ?? 0) + 1);
    }
    const perRegion = regions.map((r) => ((visits.get(r.code) ?? 0) + (meetings.get(r.code) ?? 0)) / scale).sort((a, b) => b - a);
    const mean = perRegion.reduce((s, n) => s + n, 0) / perRegion.length;
    const meanVisits = [...visits.values()].reduce((s, n) => s + n, 0) / 83 / scale;
    // Means near the article's 14 visits and 20 meetings per region and decade.
    expect(meanVisits).toBeGreaterThan(MEAN_VISITS_PER_DECADE * 0.6);
    expect(meanVisits).toBeLessThan(MEAN_VISITS_PER_DECADE * 1.5);
    expect(mean).toBeGreaterThan((MEAN_VISITS_PER_DECADE + MEAN_MEETINGS_PER_DECADE) * 0.6);
    expect(mean).toBeLessThan((MEAN_VISITS_PER_DECADE + MEAN_MEETINGS_PER_DECADE) * 1.5);
    // Heavy tail: the busiest region far above the mean, the top 10 % of regions
    // with well over 10 % of the events, the median below the mean.
    expect(perRegion[0]!).toBeGreaterThan(3 * mean);
    const top = perRegion.slice(0, 8).reduce((s, n) => s + n, 0);
    expect(top / (mean * 83)).toBeGreaterThan(0.3);
    expect(perRegion[41]!).toBeLessThan(mean);
  });

  it('grows linearly with the scale', () => {
    const count = (scale: number) => {
      let n = 0;
      for (const _ of generateDataset(options(5, scale)).events()) n += 1;
      return n;
    };
    const one = count(1);
    expect(one).toBeGreaterThan(1500);
    expect(count(10) / one).toBeGreaterThan(8);
    expect(count(10) / one).toBeLessThan(12);
  });
});

describe('generateDataset natural keys', () => {
  it('never contradicts itself: rows with the same natural key are identical', () => {
    const seen = new Map<string, string>();
    for (const row of generateDataset(options(11, 10)).events()) {
      const key = `${row.kind}|${row.person}|${row.country ?? row.counterpart}|${row.date}`;
      const text = JSON.stringify(row);
      expect(seen.get(key) ?? text).toBe(text);
      seen.set(key, text);
    }
  });
});

describe('generateDataset rates', () => {
  it('gives each region the same relative rate at every scale (growth compares like with like)', () => {
    const one = generateDataset(options(9, 1)).rates;
    const ten = generateDataset(options(9, 10)).rates;
    for (const [code, rate] of one) expect(ten.get(code)!.visits).toBeCloseTo(rate.visits * 10, 6);
  });
});
