import type { SourceRow } from '../model/records.js';

/**
 * An edge's citations as flat attributes for the XML formats, which hold
 * strings: `sourceIds`, `sourceTitles`, `sourceUrls` and `sourceQuotes` as
 * parallel JSON arrays (null where a source has no URL or the citation no
 * quote), and `sources` with each citation whole, as a JSON array.
 */
export function edgeSourceAttributes(sources: readonly SourceRow[]): Record<string, string> {
  return {
    sourceIds: JSON.stringify(sources.map((s) => s.id)),
    sourceTitles: JSON.stringify(sources.map((s) => s.title)),
    sourceUrls: JSON.stringify(sources.map((s) => s.url)),
    sourceQuotes: JSON.stringify(sources.map((s) => s.quote)),
    sources: JSON.stringify(sources),
  };
}
