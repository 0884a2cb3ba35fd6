/** A citation as a mutation gives it. */
export interface CitationInput {
  source: string;
  quote?: string | null;
}

/** A mutation's input fields (import columns by name), without the citation. */
export type InputFields = Record<string, unknown>;

/** Turns a mutation's input into import-row fields: drops nulls, moves the citation into `source`/`quote`. */
export function toRowFields(input: InputFields, citation: CitationInput | null | undefined): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'citation' || value === null || value === undefined) continue;
    fields[key] = value;
  }
  if (citation) {
    fields.source = citation.source;
    if (citation.quote !== null && citation.quote !== undefined) fields.quote = citation.quote;
  }
  return fields;
}
