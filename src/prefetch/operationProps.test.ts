import { describe, expect, it } from 'vitest';
import { resolveInfoOf } from '../../tests/support/resolveInfoOf.js';
import { operationProps } from './operationProps.js';

/** The properties the operation reads, sorted; null when unknown. */
function propsOf(query: string, variableValues: Record<string, unknown> = {}): string[] | null {
  const props = operationProps(resolveInfoOf(query, variableValues));
  return props && [...props].sort();
}

describe('operationProps', () => {
  it("reads the benchmark's nested lists: the fields' own properties and what the lists sort and filter by", () => {
    expect(propsOf('{ region(code: "RU-KO") { name governors { start end governor { name visits { start country { name } } } } } }')).toEqual(
      ['end', 'endMax', 'id', 'name', 'start', 'startMax', 'startMin'],
    );
  });

  it('adds the citations, custom fields the tables know, and every root field and fragment of the operation', () => {
    expect(propsOf(`{ person(id: "p") { visits { retraction { by } sources { id } } } country(code: "TR") { ...C } }
      fragment C on Country { disputed memberships { organisation { kind } since } }`)).toEqual(
      // 'by' is Retraction.by, read of the retraction object, not of a row: harmless.
      ['by', 'disputed', 'endMax', 'id', 'orgKind', 'quotes', 'retractedAt', 'retractedBy', 'retractionReason', 'since', 'sourceIds', 'startMax', 'startMin'],
    );
  });

  it('checks every concrete type of an interface or union', () => {
    expect(propsOf('{ node(id: "x") { id ... on Region { code } } }')).toEqual(['code', 'id']);
    expect(propsOf('{ person(id: "p") { meetings { counterpart { ... on Person { role } ... on Country { code } } } } }')).toEqual(
      ['code', 'endMax', 'id', 'role', 'startMax', 'startMin'],
    );
  });

  it('is unknown (every property) when any field anywhere has a resolver the tables do not know, or for a mutation', () => {
    expect(propsOf('{ region(code: "RU-KO") { name kinPartners { basis } } }')).toBeNull();
    expect(propsOf('{ region(code: "RU-KO") { name } search(text: "x") { id label } }')).toBeNull();
    expect(propsOf('{ claims { about { properties } } }')).toBeNull();
    expect(propsOf('mutation { retractFact(id: "x", reason: "r") { id } }')).toBeNull();
  });

  it('leaves out what @skip leaves out', () => {
    const query = 'query($k: Boolean!) { region(code: "RU-KO") { name kinPartners @skip(if: $k) { basis } } }';
    expect(propsOf(query, { k: true })).toEqual(['id', 'name']);
    expect(propsOf(query, { k: false })).toBeNull();
  });
});
