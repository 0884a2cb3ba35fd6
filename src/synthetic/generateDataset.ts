import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { COUNTERPART_ROLES, FIRST_NAMES, LAST_NAMES, PURPOSES, WEIGHTED_COUNTRIES } from './vocabulary.js';

/**
 * The scale-data generator's pure part (no database): a realistic-shaped
 * synthetic dataset over the real regions and countries, as import rows
 * (the fields of src/import's row kinds) plus the kinship edges the importer
 * has no row kind for. Deterministic for a given seed (pure-rand's
 * xoroshiro128+), whatever the machine.
 *
 * Shape, at scale 1 (one decade, 2005–2015, of the activity the article
 * describes; the curated seed is a hand-picked sample of it):
 * - every region has one line of governors (1–3 consecutive tenures over the
 *   decade); scale N gives each region N such lines ("cohorts"), so the
 *   graph grows N-fold while each governor's activity stays realistic;
 * - each region's activity rate is heavy-tailed: a log-normal multiplier with
 *   mean 1 (σ = 1.1), so a few regions are far above the mean of about
 *   14 visits abroad and 20 meetings in Russia per decade; the multiplier
 *   depends on the seed only, so growth across scales compares like with like;
 * - visit destinations and meeting counterparts follow weighted countries
 *   (neighbours and trade partners first, every real country possible);
 * - titular ethnic groups of the republics with kin countries (KIN_OF,
 *   TITULAR_IN), their diasporas abroad (DIASPORA_OF, LIVES_IN), and
 *   organisations that governors meet.
 */

/** A real region (id `region:<code>`). */
export interface RegionRef {
  code: string;
  /** RegionKind, e.g. REPUBLIC. */
  kind: string;
}

export interface GenerateOptions {
  /** 1 = one decade of the article's rates; 10, 100, 1000 = that many governor lines per region. */
  scale: number;
  seed: number;
  regions: readonly RegionRef[];
  /** ISO 3166-1 alpha-2 codes of the real countries. */
  countries: readonly string[];
}

/** Fields of one import row (src/import/importKinds.ts), `kind` included. */
export type RowFields = Record<string, string>;

export interface SyntheticDataset {
  /** Entity rows (persons, ethnic groups, organisations, diasporas) and tenures, in import order. */
  entities: RowFields[];
  /** Visits and meetings, generated lazily (1000x holds millions). */
  events(): Generator<RowFields>;
  /** Expected events per region (visits, meetings), for checks and reports. */
  rates: ReadonlyMap<string, { visits: number; meetings: number }>;
  /** Ids of the generated non-person entities (the importer flags only persons `synthetic`). */
  entityIds: string[];
  kinship: {
    titular: Array<{ group: string; region: string }>;
    kin: Array<{ group: string; country: string; basis: 'LINGUISTIC' | 'RELIGIOUS' | 'HISTORICAL' | 'ETHNIC' }>;
  };
}

/** The article's means per region and decade. */
export const MEAN_VISITS_PER_DECADE = 14;
export const MEAN_MEETINGS_PER_DECADE = 20;
const SIGMA = 1.1;
const DECADE_START = Date.UTC(2005, 0, 1);
const DECADE_END = Date.UTC(2015, 11, 31);
const BASES = ['LINGUISTIC', 'RELIGIOUS', 'HISTORICAL', 'ETHNIC'] as const;
const ORG_KINDS = ['INTERGOVERNMENTAL', 'INTERNATIONAL_FEDERATION', 'COMPANY'] as const;

/** Uniform [0, 1) numbers from a seeded generator. */
function random01(seed: number): () => number {
  const rng: RandomGenerator = xoroshiro128plus(seed);
  return () => uniformFloat64(rng);
}

/** A standard normal draw (Box–Muller). */
function normal(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

/** A small deterministic hash of a natural key (FNV-1a). */
function keyHash(...parts: string[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Builds the dataset; `events()` replays the same sequence every time it is called. */
export function generateDataset(options: GenerateOptions): SyntheticDataset {
  const { scale, seed, regions, countries } = options;
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a positive integer, received ${scale}`);
  const next = random01(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

  // Destination weights: the weighted list, every other real country a little.
  const known = new Set(countries);
  const weights = new Map<string, number>(countries.map((c) => [c, 0.15]));
  for (const [code, w] of WEIGHTED_COUNTRIES) if (known.has(code)) weights.set(code, w);
  const cumulative: Array<[string, number]> = [];
  let total = 0;
  for (const [code, w] of weights) cumulative.push([code, (total += w)]);
  const countryAt = (r: number): string => {
    const target = r * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]![1] > target) hi = mid;
      else lo = mid + 1;
    }
    return cumulative[lo]![0];
  };

  const entities: RowFields[] = [];
  const entityIds: string[] = [];
  const titular: SyntheticDataset['kinship']['titular'] = [];
  const kin: SyntheticDataset['kinship']['kin'] = [];

  // Organisations governors meet: few, growing with the square root of the scale.
  const orgIds: string[] = [];
  for (let i = 0; i < 8 * Math.ceil(Math.sqrt(scale)); i += 1) {
    const id = `org:synthetic-${i + 1}`;
    orgIds.push(id);
    entityIds.push(id);
    entities.push({ kind: 'organisation', id, name: `Synthetic organisation ${i + 1}`, orgKind: pick(ORG_KINDS) });
  }

  // Titular groups of the republics, their kin countries and diasporas.
  const diasporaIds: string[] = [];
  for (const region of regions.filter((r) => r.kind === 'REPUBLIC')) {
    const slug = region.code.toLowerCase();
    const group = `group:synthetic-${slug}`;
    entityIds.push(group);
    entities.push({ kind: 'ethnic-group', id: group, name: `Synthetic people of ${region.code}` });
    titular.push({ group, region: `region:${region.code}` });
    const kinCountries = new Set<string>();
    const kinCount = 1 + Math.floor(next() * 3);
    while (kinCountries.size < kinCount) kinCountries.add(countryAt(next()));
    for (const country of kinCountries) kin.push({ group, country: `country:${country}`, basis: pick(BASES) });
    const diasporaCount = 2 * Math.ceil(Math.sqrt(scale));
    for (let i = 0; i < diasporaCount; i += 1) {
      const id = `diaspora:synthetic-${slug}-${i + 1}`;
      const country = i < kinCountries.size ? [...kinCountries][i]! : countryAt(next());
      diasporaIds.push(id);
      entityIds.push(id);
      entities.push({ kind: 'diaspora', id, name: `Synthetic diaspora ${i + 1} of ${region.code} in ${country}`, group, country });
    }
  }

  // Governor lines: per region and cohort, 1–3 consecutive tenures over the decade.
  const rates = new Map<string, { visits: number; meetings: number }>();
  const lines: Array<{ region: string; tenures: Array<{ person: string; from: number; to: number }> }> = [];
  const tenureRows: RowFields[] = [];
  // Rates from their own stream: a region's multiplier depends on the seed, not on the scale,
  // so the same region is as busy (relative to the others) at every scale.
  const nextRate = random01(seed ^ 0x5eed5eed);
  for (const region of regions) {
    const multiplier = Math.exp(SIGMA * normal(nextRate) - (SIGMA * SIGMA) / 2);
    rates.set(region.code, {
      visits: MEAN_VISITS_PER_DECADE * multiplier * scale,
      meetings: MEAN_MEETINGS_PER_DECADE * multiplier * scale,
    });
    const slug = region.code.toLowerCase();
    for (let cohort = 0; cohort < scale; cohort += 1) {
      const r = next();
      const count = r < 0.4 ? 1 : r < 0.8 ? 2 : 3;
      const cuts = Array.from({ length: count - 1 }, () => DECADE_START + next() * (DECADE_END - DECADE_START)).sort((a, b) => a - b);
      const bounds = [DECADE_START, ...cuts, DECADE_END];
      const tenures: Array<{ person: string; from: number; to: number }> = [];
      for (let i = 0; i < count; i += 1) {
        const name = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
        const person = `person:synthetic-${slug}-${cohort + 1}-${i + 1}`;
        entities.push({ kind: 'person', id: person, name, role: `Head of ${region.code} (synthetic)`, outsider: next() < 0.3 ? 'true' : 'false', synthetic: 'true' });
        const from = bounds[i]!;
        const to = bounds[i + 1]!;
        tenures.push({ person, from, to });
        tenureRows.push({ kind: 'tenure', person, region: region.code, start: day(from), end: day(to), title: 'Governor' });
      }
      lines.push({ region: region.code, tenures });
    }
  }
  for (const row of tenureRows) entities.push(row); // not push(...rows): 1000x holds too many for the call stack

  const eventSeed = Math.floor(next() * 2 ** 31);
  function* events(): Generator<RowFields> {
    const draw = random01(eventSeed);
    const choose = <T>(items: readonly T[]): T => items[Math.floor(draw() * items.length)]!;
    let line = 0;
    for (const region of regions) {
      const rate = rates.get(region.code)!;
      const regionLines = lines.slice(line, line + scale);
      line += scale;
      // Poisson-like spread around the rate (±20 %), never below zero.
      const visits = Math.max(0, Math.round(rate.visits * (0.8 + 0.4 * draw())));
      const meetings = Math.max(0, Math.round(rate.meetings * (0.8 + 0.4 * draw())));
      for (let i = 0; i < visits + meetings; i += 1) {
        const at = DECADE_START + draw() * (DECADE_END - DECADE_START);
        const tenures = choose(regionLines).tenures;
        const person = (tenures.find((t) => at <= t.to) ?? tenures[tenures.length - 1]!).person;
        const date = draw() < 0.15 ? day(at).slice(0, 7) : day(at);
        // Details are a function of the natural key (person, counterpart, date), so a repeated
        // key repeats the same row (the importer merges it) instead of contradicting it.
        if (i < visits) {
          const country = countryAt(draw());
          yield { kind: 'visit', person, country, date, purpose: PURPOSES[keyHash(person, country, date) % PURPOSES.length]! };
        } else {
          const r = draw();
          const counterpart = r < 0.8 || diasporaIds.length === 0 ? countryAt(draw()) : r < 0.9 ? choose(diasporaIds) : choose(orgIds);
          const counterpartRole = COUNTERPART_ROLES[keyHash(person, counterpart, date) % COUNTERPART_ROLES.length]!;
          yield { kind: 'meeting', person, counterpart, date, counterpartRole, place: 'in the region' };
        }
      }
    }
  }

  return { entities, events, rates, entityIds, kinship: { titular, kin } };
}
