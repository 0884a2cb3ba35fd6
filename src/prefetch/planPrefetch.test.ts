import { describe, expect, it } from 'vitest';
import { resolveInfoOf as infoOf } from '../../tests/support/resolveInfoOf.js';
import { isEmptyPlan, planPrefetch } from './planPrefetch.js';
import { prefetchLayout } from './prefetchLayout.js';

describe('planPrefetch', () => {
  it("follows the benchmark's nested lists: tenures, their governors, their visits, the countries", () => {
    const plan = planPrefetch(infoOf('{ region(code: "RU-KO") { name governors { start governor { name visits { start country { name } } } } } }'));
    expect(plan).toEqual({
      sources: false,
      steps: [
        {
          type: 'GOVERNED', direction: 'IN', edgeSources: false,
          far: { sources: false, steps: [{ type: 'VISITED', direction: 'OUT', edgeSources: false, far: { sources: false, steps: [] } }] },
        },
      ],
    });
  });

  it('asks for far ends only when the selection does, and for sources where it does', () => {
    const plan = planPrefetch(infoOf('{ person(id: "p") { sources { id } visits { start sources { quote } } } }'));
    expect(plan).toEqual({ sources: true, steps: [{ type: 'VISITED', direction: 'OUT', edgeSources: true, far: null }] });
  });

  it('follows named and inline fragments with their type conditions, on an interface root', () => {
    const plan = planPrefetch(infoOf(`{ node(id: "x") { id ... on Region { governors { governor { ...P } } } ... on Country { diasporas { id } } } }
      fragment P on Person { meetings { counterpart { ... on Diaspora { group { name } } } } }`));
    expect(prefetchLayout(plan)).toEqual({
      sourceSets: [],
      props: null,
      steps: [
        { index: 1, input: 0, type: 'GOVERNED', direction: 'IN', far: true, edgeSources: false },
        { index: 2, input: 1, type: 'MET', direction: 'OUT', far: true, edgeSources: false },
        { index: 3, input: 2, type: 'DIASPORA_OF', direction: 'OUT', far: true, edgeSources: false },
        { index: 4, input: 0, type: 'LIVES_IN', direction: 'IN', far: true, edgeSources: false },
      ],
    });
  });

  it('asks what is selected below the near end of the nodes the step starts from, and merges repeated fields', () => {
    const plan = planPrefetch(infoOf(`{ region(code: "RU-TA") {
      governors { region { memberships { status } } }
      past: governors(at: "2006") { start }
      memberships { organisation { name } }
    } }`));
    expect(prefetchLayout(plan).steps).toEqual([
      { index: 1, input: 0, type: 'GOVERNED', direction: 'IN', far: false, edgeSources: false },
      { index: 2, input: 0, type: 'MEMBER_OF', direction: 'OUT', far: true, edgeSources: false },
    ]);
  });

  it("starts below the fields it is told to follow first: a connection's edges and nodes", () => {
    const info = infoOf('{ regionsConnection(first: 5) { totalCount edges { cursor node { code memberships { status } } } } }');
    expect(planPrefetch(info, ['edges', 'node'])).toEqual({
      sources: false,
      steps: [{ type: 'MEMBER_OF', direction: 'OUT', edgeSources: false, far: null }],
    });
    expect(isEmptyPlan(planPrefetch(info))).toBe(true);
  });

  it('leaves out what @skip and @include leave out, with literals and variables', () => {
    const query = `query($withVisits: Boolean!) { person(id: "p") {
      visits @include(if: $withVisits) { start }
      meetings @skip(if: true) { start }
      ... on Person @skip(if: false) { posts { organisation { name } } }
    } }`;
    const types = (withVisits: boolean) => prefetchLayout(planPrefetch(infoOf(query, { withVisits }))).steps.map((s) => s.type);
    expect(types(true)).toEqual(['VISITED', 'LED']);
    expect(types(false)).toEqual(['LED']);
  });

  it('is empty when the selection asks for no relationship or source', () => {
    expect(isEmptyPlan(planPrefetch(infoOf('{ region(code: "RU-TA") { name kinPartners { basis } } }')))).toBe(true);
    expect(isEmptyPlan(planPrefetch(infoOf('{ region(code: "RU-TA") { sources { id } } }')))).toBe(false);
  });
});
