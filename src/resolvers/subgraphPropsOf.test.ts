import { describe, expect, it } from 'vitest';
import { isObjectType } from 'graphql';
import { resolveInfoOf } from '../../tests/support/resolveInfoOf.js';
import { buildSchema } from '../graphql/buildSchema.js';
import { GRAPH_EDGE_READS, GRAPH_NODE_READS, subgraphPropsOf } from './subgraphPropsOf.js';

const propsOf = (selection: string, variables: Record<string, unknown> = {}, fragments = '') =>
  subgraphPropsOf(resolveInfoOf(`query($skip: Boolean = false) { subgraph(ids: ["region:RU-TA"]) ${selection} } ${fragments}`, variables));

describe('subgraphPropsOf (issue 6: a subgraph returns only the properties its selection reads)', () => {
  it('names what ids, kinds, labels and ends read', () => {
    expect(propsOf('{ truncated nodes { id kind label __typename } edges { id type source target } }')).toEqual({
      node: ['id', 'name', 'summary', 'title', 'from', 'to'],
      edge: ['id'],
    });
    expect(propsOf('{ nodes { id } }')).toEqual({ node: ['id'], edge: ['id'] });
  });

  it('adds the citations for edge sources, and takes every property for `properties`', () => {
    expect(propsOf('{ nodes { kind } edges { sources { id quote } } }')).toEqual({ node: ['id'], edge: ['id', 'sourceIds', 'quotes'] });
    expect(propsOf('{ nodes { properties } edges { id } }')).toEqual({ node: null, edge: ['id'] });
    expect(propsOf('{ nodes { id } edges { properties } }')).toEqual({ node: ['id'], edge: null });
  });

  it('follows fragments, aliases and @skip as graphql-js does', () => {
    expect(propsOf('{ nodes { ...N } }', {}, 'fragment N on GraphNode { all: properties }')).toEqual({ node: null, edge: ['id'] });
    expect(propsOf('{ nodes { ... on GraphNode { label } } }')).toEqual({ node: ['id', 'name', 'summary', 'title', 'from', 'to'], edge: ['id'] });
    expect(propsOf('{ nodes { id properties @skip(if: $skip) } }', { skip: true })).toEqual({ node: ['id'], edge: ['id'] });
    expect(propsOf('{ nodes { id properties @skip(if: $skip) } }', { skip: false })).toEqual({ node: null, edge: ['id'] });
  });

  it('reads a Path selection of Query.paths the same way', () => {
    const pathsProps = (selection: string) =>
      subgraphPropsOf(resolveInfoOf(`{ paths(from: "region:RU-IN", to: "country:JO") ${selection} }`), 'Path');
    expect(pathsProps('{ length nodes { id kind label } edges { id type source target } }')).toEqual({
      node: ['id', 'name', 'summary', 'title', 'from', 'to'],
      edge: ['id'],
    });
    expect(pathsProps('{ nodes { id } edges { sources { id } } }')).toEqual({ node: ['id'], edge: ['id', 'sourceIds', 'quotes'] });
    expect(pathsProps('{ nodes { properties } edges { id } }')).toEqual({ node: null, edge: ['id'] });
  });

  it('knows every field of GraphNode and GraphEdge, so that a new one is decided, not guessed', () => {
    const schema = buildSchema();
    for (const [typeName, table] of [['GraphNode', GRAPH_NODE_READS], ['GraphEdge', GRAPH_EDGE_READS]] as const) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`expected ${typeName} to be an object type`);
      expect(Object.keys(table).sort(), typeName).toEqual(Object.keys(type.getFields()).sort());
    }
  });
});
