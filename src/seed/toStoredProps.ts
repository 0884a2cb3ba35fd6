import { transliterate } from 'transliteration';
import { searchKey } from '../cypher/searchNodes.js';
import { parsePartialDate } from '../domain/partialDate.js';
import type { Citation } from './format.js';

/** Properties that hold partial dates; each also gets `<name>Min`/`<name>Max` day bounds for filtering. */
export const DATE_PROPERTIES = new Set(['start', 'end', 'since', 'until', 'date', 'from', 'to', 'published']);

/**
 * Flattens a record's own fields (without kind/type, endpoints and `cite`,
 * which the caller takes off) for storage: drops undefined values, builds
 * `altNamesText` for the full-text index (see `searchIndexText`), adds date bounds, and
 * stores citations as parallel lists `sourceIds` / `quotes` ('' = no quote),
 * since Neo4j properties cannot hold maps.
 */
export function toStoredProps(fields: Record<string, unknown>, cite: readonly Citation[]): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    props[key] = value;
    if (DATE_PROPERTIES.has(key) && typeof value === 'string') {
      const bounds = parsePartialDate(value);
      if ('error' in bounds) throw new Error(`${key}: ${bounds.error}`);
      props[`${key}Min`] = bounds.earliest;
      props[`${key}Max`] = bounds.latest;
    }
  }
  const indexText = searchIndexText(fields);
  if (indexText) props.altNamesText = indexText;
  props.sourceIds = cite.map((c) => c.source);
  props.quotes = cite.map((c) => c.quote ?? '');
  return props;
}

/** Cyrillic to Latin beyond the library's default: BGN/PCGN-style (Minnikhanov, Yevkurov, Turtsiya). */
const BGN_STYLE: Array<[string, string]> = [['ё', 'yo'], ['х', 'kh'], ['ц', 'ts'], ['й', 'y'], ['ь', ''], ['ъ', '']];
/** ... and scholarly-style (Shaimiev, Khrushchev). */
const SCHOLARLY_STYLE: Array<[string, string]> = [['ё', 'e'], ['х', 'kh'], ['ц', 'ts'], ['й', 'i'], ['ю', 'iu'], ['я', 'ia'], ['ь', ''], ['ъ', '']];

/** Common Latin spellings of a Cyrillic name: the `transliteration` library's default, BGN/PCGN-style, scholarly-style. */
function latinSpellings(name: string): string[] {
  if (!/\p{Script=Cyrillic}/u.test(name)) return [];
  const lower = name.toLowerCase();
  // BGN/PCGN writes initial е (and е after a vowel or a sign) as "ye": Евкуров -> Yevkurov.
  const yeInitial = lower.replace(/(^|[^а-яё]|[аеёиоуыэюяъь])е/gu, '$1ye');
  return [
    transliterate(lower),
    transliterate(yeInitial, { replace: BGN_STYLE }),
    transliterate(lower, { replace: SCHOLARLY_STYLE }),
  ];
}

/**
 * The text the full-text index holds besides `name`, `nameRu` and `summary`
 * (stored as `altNamesText`): every name of the record (English, Russian,
 * alternative names) and the Latin spellings of its Cyrillic ones, each
 * normalised by `searchKey` and joined by ' | ', so that "Kadyrov",
 * "Кадыров", "Minnikhanov" and "Turtsiya" all find their node, and search
 * can rank a node first when one entry equals the whole text. An activity
 * figure, which has no name, gets its graph label ("Reported activity
 * 2005–2015") and its scope. Undefined for records without names (sources,
 * relationships).
 */
function searchIndexText(fields: Record<string, unknown>): string | undefined {
  const names: string[] = [];
  for (const key of ['name', 'nameRu'] as const) {
    if (typeof fields[key] === 'string') names.push(fields[key]);
  }
  if (Array.isArray(fields.altNames)) names.push(...(fields.altNames as string[]));
  if (typeof fields.scope === 'string') {
    const span = [fields.from, fields.to].filter(Boolean).join('–');
    names.push(`Reported activity${span ? ` ${span}` : ''}`);
    names.push(fields.scope === 'ALL_REGIONS_AVERAGE' ? 'all regions average' : 'region');
  }
  const entries = [...names, ...names.flatMap(latinSpellings)].map(searchKey).filter((e) => e.length > 0);
  return entries.length > 0 ? [...new Set(entries)].join(' | ') : undefined;
}
