import { createHash } from 'node:crypto';
import { slugify as transliterateSlug } from 'transliteration';

/**
 * Ids the importer derives. Node ids follow the seed's `kind:slug` form
 * (`person:rustam-minnikhanov`); relationship ids are `<type>:<slug>` in
 * lower case, built from the natural key so that the same fact always gets
 * the same id (`visited:rustam-minnikhanov-tr-2012-03-05`).
 */

/**
 * A lower-case ASCII slug of any text (Cyrillic is transliterated: "Рамзан
 * Кадыров" -> "ramzan-kadyrov"), at most `maxLength` characters, cut at a
 * hyphen where possible. Empty when the text has no letters or digits.
 */
export function slugify(text: string, maxLength = 60): string {
  const slug = transliterateSlug(text, { lowercase: true, separator: '-' })
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-$/, '');
}

/** The slug part of a node id for use in a relationship id: `region:RU-TA` -> `ru-ta`. */
export function idSlug(nodeId: string): string {
  const slug = nodeId.slice(nodeId.indexOf(':') + 1).toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return slug.replace(/-+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/** A short, stable hash of a text (for disambiguating ids that would otherwise collide). */
export function shortHash(text: string, length = 8): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** Joins id parts with hyphens: `relationshipId('visited', 'rustam-minnikhanov', 'tr', '2012-03-05')`. */
export function relationshipId(prefix: string, ...parts: string[]): string {
  return `${prefix}:${parts.filter((p) => p.length > 0).join('-')}`;
}
