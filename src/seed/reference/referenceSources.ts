import type { SourceRecord } from '../format.js';

/** The packages and standards that reference data (regions, countries) cites. */
export const REFERENCE_SOURCES = {
  iso31662: {
    id: 'source:iso-3166-2-ru',
    title: 'ISO 3166-2:RU subdivision codes and categories (npm package iso-3166-2)',
    publisher: 'International Organization for Standardization',
    url: 'https://www.iso.org/obp/ui/#iso:code:3166:RU',
    type: 'STANDARD',
  },
  regionNames: {
    id: 'source:iso3166-2-db',
    title: 'iso3166-2-db: English and Russian names of ISO 3166-2 subdivisions (npm package)',
    publisher: 'esosedi/3166',
    url: 'https://github.com/esosedi/3166',
    type: 'PACKAGE',
  },
  countries: {
    id: 'source:i18n-iso-countries',
    title: 'i18n-iso-countries: ISO 3166-1 codes with English and Russian names (npm package)',
    publisher: 'michaelwittig/node-i18n-iso-countries',
    url: 'https://github.com/michaelwittig/node-i18n-iso-countries',
    type: 'PACKAGE',
  },
} as const satisfies Record<string, SourceRecord>;
