import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';

// graphology-metrics and graphology-communities-louvain are CommonJS whose
// typings declare `export default`; under NodeNext TypeScript would type a
// default import as `{ default }`, so they are required as what they are.
const require = createRequire(import.meta.url);
const betweennessCentrality = require('graphology-metrics/centrality/betweenness') as (typeof import('graphology-metrics/centrality/betweenness.js'))['default'];
const pagerank = require('graphology-metrics/centrality/pagerank') as (typeof import('graphology-metrics/centrality/pagerank.js'))['default'];
const louvain = require('graphology-communities-louvain') as (typeof import('graphology-communities-louvain'))['default'];

/** A relationship of the graph to measure (direction and type do not matter). */
export interface NetworkLink {
  from: string;
  to: string;
}

/** One node's measures. */
export interface NodeMeasures {
  id: string;
  /** Distinct neighbours. */
  degree: number;
  /** Relationships to them (parallel ones counted each). */
  relationships: number;
  /** Betweenness over hop counts, normalised to 0..1. */
  betweenness: number;
  /** PageRank (damping 0.85, relationships between a pair as the edge weight); sums to 1. */
  pageRank: number;
  /** Community index: 0 is the largest community. */
  community: number;
}

/** The measures of every node, the communities (largest first) and the partition's modularity. */
export interface NetworkMeasures {
  nodes: NodeMeasures[];
  /** Member ids per community, highest PageRank first (then id). */
  communities: string[][];
  /** Distinct linked pairs. */
  edgeCount: number;
  /** Null when the graph has no relationship. */
  modularity: number | null;
}

/**
 * Network measures of a graph, with graphology: the graph is taken as
 * undirected and simple (parallel relationships between two nodes become
 * one edge whose `weight` is their number; self-loops are dropped). Degree
 * counts distinct neighbours; betweenness is unweighted (hops) and
 * normalised; PageRank and Louvain use the weights. Louvain runs without its
 * random walk over nodes in id order, so the same graph always gives the same
 * communities. Links to ids not in `nodeIds` are ignored.
 */
export function networkMeasures(nodeIds: readonly string[], links: readonly NetworkLink[]): NetworkMeasures {
  const graph = new UndirectedGraph<Record<string, unknown>, { weight: number }>();
  for (const id of [...new Set(nodeIds)].sort()) graph.addNode(id);
  const relationships = new Map<string, number>(graph.nodes().map((id) => [id, 0]));
  for (const { from, to } of links) {
    if (from === to || !graph.hasNode(from) || !graph.hasNode(to)) continue;
    relationships.set(from, (relationships.get(from) ?? 0) + 1);
    relationships.set(to, (relationships.get(to) ?? 0) + 1);
    if (graph.hasEdge(from, to)) graph.updateEdgeAttribute(from, to, 'weight', (w) => (w ?? 0) + 1);
    else graph.addEdge(from, to, { weight: 1 });
  }

  // getEdgeWeight: null: hops, not the weights (which graphology would read as distances by default).
  const betweenness = graph.order === 0 ? {} : betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
  const rank = graph.order === 0 ? {} : pagerank(graph, { getEdgeWeight: 'weight' });
  const detailed = graph.size === 0 ? null : louvain.detailed(graph, { getEdgeWeight: 'weight', randomWalk: false });
  const rawCommunity = (id: string): number => (detailed ? (detailed.communities[id] ?? 0) : graph.nodes().indexOf(id));

  const members = new Map<number, string[]>();
  for (const id of graph.nodes()) {
    const c = rawCommunity(id);
    const list = members.get(c);
    if (list) list.push(id);
    else members.set(c, [id]);
  }
  const pr = (id: string) => rank[id] ?? 0;
  const byRank = (a: string, b: string) => pr(b) - pr(a) || a.localeCompare(b);
  const communities = [...members.values()]
    .map((ids) => ids.sort(byRank))
    .sort((a, b) => b.length - a.length || byRank(a[0] as string, b[0] as string));
  const communityOf = new Map<string, number>();
  communities.forEach((ids, index) => ids.forEach((id) => communityOf.set(id, index)));

  return {
    nodes: graph.nodes().map((id) => ({
      id,
      degree: graph.degree(id),
      relationships: relationships.get(id) ?? 0,
      betweenness: betweenness[id] ?? 0,
      pageRank: pr(id),
      community: communityOf.get(id) ?? 0,
    })),
    communities,
    edgeCount: graph.size,
    modularity: detailed ? detailed.modularity : null,
  };
}
