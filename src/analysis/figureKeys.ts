import type { ActivityGrouping } from './groupActivity.js';

/** What a reported figure describes: its region (scope REGION) and the governors it counts. */
export interface FigureSubject {
  region: { id: string; kind: string; federalDistrict: string | null } | null;
  governorIds: readonly string[];
}

/**
 * The row keys of `Query.activity` that a reported figure describes under
 * `grouping`: its region, its region's kind or district, or the governors it
 * counts. Figures do not break down by year or partner, and an all-regions
 * average describes no single row: those get no key.
 */
export function figureKeys(figure: FigureSubject, grouping: ActivityGrouping): string[] {
  switch (grouping) {
    case 'REGION':
      return figure.region ? [figure.region.id] : [];
    case 'REGION_KIND':
      return figure.region ? [figure.region.kind] : [];
    case 'FEDERAL_DISTRICT':
      return figure.region?.federalDistrict ? [figure.region.federalDistrict] : [];
    case 'GOVERNOR':
      return [...figure.governorIds].sort();
    case 'YEAR':
    case 'PARTNER_COUNTRY':
      return [];
  }
}
