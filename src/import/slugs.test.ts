import { describe, expect, it } from 'vitest';
import { idSlug, relationshipId, shortHash, slugify } from './slugs.js';

describe('slugs', () => {
  it('transliterates and cleans names', () => {
    expect(slugify('Рамзан Кадыров')).toBe('ramzan-kadyrov');
    expect(slugify('Türksoy Org.')).toBe('turksoy-org');
    expect(slugify('Yunus-Bek Yevkurov')).toBe('yunus-bek-yevkurov');
    expect(slugify('!!!')).toBe('');
  });

  it('cuts long slugs at a hyphen', () => {
    const slug = slugify('one two three four five six seven eight nine ten eleven twelve', 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toBe('one-two-three-four-five-six');
  });

  it('builds relationship ids from node ids', () => {
    expect(idSlug('region:RU-TA')).toBe('ru-ta');
    expect(idSlug('person:rustam-minnikhanov')).toBe('rustam-minnikhanov');
    expect(relationshipId('visited', idSlug('person:a-b'), idSlug('country:TR'), '2012-03-05')).toBe('visited:a-b-tr-2012-03-05');
    expect(shortHash('x')).toMatch(/^[0-9a-f]{8}$/);
    expect(shortHash('x')).toBe(shortHash('x'));
  });
});
