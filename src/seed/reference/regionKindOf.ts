import type { RegionKind } from '../../generated/graphql.js';

/**
 * Maps ISO 3166-2's category names for Russian subdivisions to RegionKind.
 * ISO calls krais "administrative territories", oblasts "administrative
 * regions", Moscow and Saint Petersburg "autonomous cities".
 */
export function regionKindOf(isoCategory: string): RegionKind {
  switch (isoCategory) {
    case 'Republic':
      return 'REPUBLIC';
    case 'Administrative territory':
      return 'KRAI';
    case 'Administrative region':
      return 'OBLAST';
    case 'Autonomous city':
      return 'FEDERAL_CITY';
    case 'Autonomous region':
      return 'AUTONOMOUS_OBLAST';
    case 'Autonomous district':
      return 'AUTONOMOUS_OKRUG';
    default:
      throw new Error(`unknown ISO 3166-2:RU category "${isoCategory}"; expected Republic, Administrative territory, Administrative region, Autonomous city, Autonomous region or Autonomous district`);
  }
}
