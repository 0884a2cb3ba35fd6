/**
 * The side panel: a node's or a relationship's properties and its sources
 * (title, publisher, date, link and the verbatim quote that supports it).
 */
import type { GraphEdge, GraphNode, Source } from './api';
import { h } from './dom';
import { kindStyle } from './kinds';
import { kindLabel, kindSwatch } from './legend';
import { describeSpan, spanOf } from './timeWindow';

/** What the panel can ask the page to do. */
export interface DetailsActions {
  nodeLabel(id: string): string;
  selectNode(id: string): void;
  selectEdge(id: string): void;
  expand(id: string): void;
  isExpanded(id: string): boolean;
  openAsNew(id: string): void;
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Property names as people read them: `counterpartRole` → `counterpart role`. */
function propertyName(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function propertyList(properties: Record<string, unknown>, skip: readonly string[]): HTMLElement {
  const entries = Object.entries(properties)
    .filter(([name]) => !skip.includes(name))
    .sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return h('p', { class: 'ex-muted' }, 'No further properties.');
  const list = h('dl', { class: 'ex-properties' });
  for (const [name, value] of entries) list.append(h('dt', {}, propertyName(name)), h('dd', {}, formatValue(value)));
  return list;
}

/** The sources of a fact, each with its quote. */
export function sourceList(sources: readonly Source[]): HTMLElement {
  if (sources.length === 0) return h('p', { class: 'ex-muted' }, 'No source is cited.');
  return h(
    'ol',
    { class: 'ex-sources' },
    ...sources.map((source) =>
      h(
        'li',
        { class: 'ex-source', 'data-source-id': source.id },
        h('cite', { class: 'ex-source-title' }, source.title),
        h(
          'div',
          { class: 'ex-source-meta' },
          [source.publisher, source.published].filter(Boolean).join(' · ') || null,
          source.url ? h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, 'Open the source') : null,
        ),
        source.quote ? h('blockquote', { class: 'ex-quote' }, `“${source.quote}”`) : h('p', { class: 'ex-muted' }, 'No quote (reference data).'),
      ),
    ),
  );
}

function nodeButton(id: string, actions: DetailsActions): HTMLButtonElement {
  return h('button', { type: 'button', class: 'ex-link-button', onclick: () => actions.selectNode(id) }, actions.nodeLabel(id));
}

/**
 * A node's panel. `sources` fills in once loaded (GraphNode carries none);
 * `relationships` are those of the node in the current view.
 */
export function nodeDetails(node: GraphNode, relationships: readonly GraphEdge[], actions: DetailsActions): { element: HTMLElement; sourcesSlot: HTMLElement } {
  const sourcesSlot = h('div', { class: 'ex-sources-slot' }, h('p', { class: 'ex-muted' }, 'Loading sources…'));
  const expanded = actions.isExpanded(node.id);
  const element = h(
    'div',
    { class: 'ex-detail', 'data-node-id': node.id },
    h('p', { class: 'ex-kind' }, kindSwatch(kindStyle(node.kind), 16), ' ', kindLabel(node.kind)),
    h('h2', { class: 'ex-detail-title' }, node.label),
    h('p', { class: 'ex-id' }, h('code', {}, node.id)),
    h(
      'div',
      { class: 'ex-actions' },
      h('button', { type: 'button', disabled: expanded, onclick: () => actions.expand(node.id) }, expanded ? 'Neighbours shown' : 'Expand neighbours'),
      h('button', { type: 'button', onclick: () => actions.openAsNew(node.id) }, 'Explore from here'),
    ),
    h('h3', {}, 'Properties'),
    propertyList(node.properties, ['id']),
    h('h3', {}, `Relationships in view (${relationships.length})`),
    relationships.length === 0
      ? h('p', { class: 'ex-muted' }, 'None in view.')
      : h(
          'ul',
          { class: 'ex-relationships' },
          ...relationships.map((edge) => {
            const outgoing = edge.source === node.id;
            const other = outgoing ? edge.target : edge.source;
            const text = outgoing ? `${edge.type} → ${actions.nodeLabel(other)}` : `${actions.nodeLabel(other)} → ${edge.type}`;
            return h('li', {}, h('button', { type: 'button', class: 'ex-link-button', onclick: () => actions.selectEdge(edge.id) }, text));
          }),
        ),
    h('h3', {}, 'Sources'),
    sourcesSlot,
  );
  return { element, sourcesSlot };
}

/** A relationship's panel, with its sources. */
export function edgeDetails(edge: GraphEdge, actions: DetailsActions): HTMLElement {
  const span = spanOf(edge.properties);
  return h(
    'div',
    { class: 'ex-detail', 'data-edge-id': edge.id },
    h('p', { class: 'ex-kind' }, 'Relationship'),
    h('h2', { class: 'ex-detail-title' }, edge.type),
    h('p', { class: 'ex-endpoints' }, nodeButton(edge.source, actions), ' → ', nodeButton(edge.target, actions)),
    h('p', {}, h('strong', {}, 'When: '), describeSpan(span)),
    h('p', { class: 'ex-id' }, h('code', {}, edge.id)),
    h('h3', {}, 'Properties'),
    propertyList(edge.properties, ['id']),
    h('h3', {}, `Sources (${edge.sources.length})`),
    sourceList(edge.sources),
  );
}
