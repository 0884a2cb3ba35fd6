import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../config/config.js';
import type { SourceRecord } from '../format.js';
import type { StoredNode } from '../StoredRecord.js';
import { toStoredProps } from '../toStoredProps.js';
import { REFERENCE_SOURCES } from './referenceSources.js';
import { regionKindOf } from './regionKindOf.js';

const require = createRequire(import.meta.url);

interface FederalDistricts {
  source: SourceRecord;
  districts: Record<string, string[]>;
}

interface NamedRegion {
  iso: string;
  name: string;
}

/** The federal-district table in seed/reference (not in any package; see its note). */
export function readFederalDistricts(): FederalDistricts {
  const file = path.join(REPO_ROOT, 'seed', 'reference', 'federal-districts.json');
  return JSON.parse(readFileSync(file, 'utf8')) as FederalDistricts;
}

function regionNames(locale: 'en' | 'ru'): Map<string, string> {
  const data = require(`iso3166-2-db/i18n/${locale}.json`) as Record<string, { regions: NamedRegion[] }>;
  return new Map((data.RU?.regions ?? []).map((r) => [`RU-${r.iso}`, r.name]));
}

/**
 * The 83 federal subjects of ISO 3166-2:RU: code and category from the
 * iso-3166-2 package, English and Russian names from iso3166-2-db, federal
 * district from the decree table. Throws if the sources disagree on the codes.
 */
export function referenceRegions(): { nodes: StoredNode[]; sources: SourceRecord[] } {
  const iso = require('iso-3166-2') as { country(code: string): { sub: Record<string, { type: string; name: string }> } };
  const subdivisions = iso.country('RU').sub;
  const en = regionNames('en');
  const ru = regionNames('ru');
  const federal = readFederalDistricts();
  const districtOf = new Map<string, string>();
  for (const [district, codes] of Object.entries(federal.districts)) {
    for (const code of codes) districtOf.set(code, district);
  }
  const nodes = Object.entries(subdivisions)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, sub]): StoredNode => {
      const name = en.get(code);
      const district = districtOf.get(code);
      if (!name || !district) {
        throw new Error(`reference data disagree on ${code}: English name ${name ?? 'missing'}, federal district ${district ?? 'missing'}`);
      }
      const nameRu = ru.get(code);
      return {
        id: `region:${code}`,
        kind: 'Region',
        props: {
          id: `region:${code}`,
          ...toStoredProps(
            {
              code,
              name,
              nameRu,
              kind: regionKindOf(sub.type),
              federalDistrict: district,
              isoName: sub.name,
              altNames: [sub.name],
            },
            [
              { source: REFERENCE_SOURCES.iso31662.id },
              { source: REFERENCE_SOURCES.regionNames.id },
              { source: federal.source.id },
            ],
          ),
        },
      };
    });
  if (nodes.length !== districtOf.size) {
    throw new Error(`federal-districts.json lists ${districtOf.size} regions, ISO 3166-2:RU has ${nodes.length}`);
  }
  return { nodes, sources: [REFERENCE_SOURCES.iso31662, REFERENCE_SOURCES.regionNames, federal.source] };
}
