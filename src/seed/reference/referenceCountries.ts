import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import { REPO_ROOT } from '../../config/config.js';
import type { Citation, SourceRecord } from '../format.js';
import type { StoredNode } from '../StoredRecord.js';
import { toStoredProps } from '../toStoredProps.js';
import { REFERENCE_SOURCES } from './referenceSources.js';

const require = createRequire(import.meta.url);

interface DisputedTable {
  source: SourceRecord;
  codes: string[];
}

/**
 * Every ISO 3166-1 country with English and Russian names (and the
 * package's alternative names, e.g. "Turkey" beside "Türkiye"), from
 * i18n-iso-countries; territories of disputed status flagged `disputed`.
 */
export function referenceCountries(): { nodes: StoredNode[]; sources: SourceRecord[] } {
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  countries.registerLocale(require('i18n-iso-countries/langs/ru.json'));
  const en = countries.getNames('en', { select: 'all' });
  const ru = countries.getNames('ru', { select: 'all' });
  const disputed = JSON.parse(
    readFileSync(path.join(REPO_ROOT, 'seed', 'reference', 'disputed-countries.json'), 'utf8'),
  ) as DisputedTable;
  const disputedCodes = new Set(disputed.codes);
  const nodes = Object.keys(en)
    .sort()
    .map((code): StoredNode => {
      const [name = code, ...altNames] = en[code] ?? [];
      const [nameRu, ...altNamesRu] = ru[code] ?? [];
      const cite: Citation[] = [{ source: REFERENCE_SOURCES.countries.id }];
      if (disputedCodes.has(code)) cite.push({ source: disputed.source.id });
      return {
        id: `country:${code}`,
        kind: 'Country',
        props: {
          id: `country:${code}`,
          ...toStoredProps(
            { code, name, nameRu, altNames: [...altNames, ...altNamesRu], disputed: disputedCodes.has(code) },
            cite,
          ),
        },
      };
    });
  return { nodes, sources: [REFERENCE_SOURCES.countries, disputed.source] };
}
