/**
 * The Cytoscape.js stylesheet: node colour and shape by kind (kinds.ts),
 * relationship type as the edge label, and the states the explorer sets as
 * classes: `filtered` (hidden by the type filter or the time window), `seed`
 * (an entity the user opened), `traced` / `faded` (trace mode).
 */
import type cytoscape from 'cytoscape';
import { KIND_STYLES, UNKNOWN_KIND, type KindStyle } from './kinds';

function kindRule(style: KindStyle, selector: string): cytoscape.StylesheetStyle {
  const shape: Record<string, unknown> =
    style.shape.type === 'polygon'
      ? { shape: 'polygon', 'shape-polygon-points': style.shape.points.join(' ') }
      : { shape: style.shape.type };
  return {
    selector,
    style: {
      ...shape,
      'background-color': style.color,
      'border-style': style.dashed ? 'dashed' : 'solid',
    } as cytoscape.Css.Node,
  };
}

export function graphStylesheet(): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 30,
        height: 30,
        'border-width': 1.5,
        'border-color': '#1f2937',
        label: 'data(label)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': 12,
        color: '#111827',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 6,
      },
    },
    kindRule(UNKNOWN_KIND, 'node'),
    ...KIND_STYLES.map((style) => kindRule(style, `node[kind = "${style.kind}"]`)),
    {
      selector: 'node.seed',
      style: { width: 44, height: 44, 'border-width': 3, 'font-size': 13, 'font-weight': 'bold' },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#6b7280',
        'target-arrow-color': '#6b7280',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        label: 'data(type)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': 10,
        color: '#374151',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
      },
    },
    // Dated relationships: a dotted line says "this one moves with the time window".
    { selector: 'edge[?dated]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.18 } },
    {
      selector: 'edge.traced',
      style: { width: 4, 'line-color': '#000000', 'target-arrow-color': '#000000', color: '#000000', 'font-weight': 'bold', 'z-index': 10 },
    },
    { selector: 'node.traced', style: { 'border-width': 4, 'border-color': '#000000', 'z-index': 10 } },
    {
      selector: ':selected',
      style: { 'underlay-color': '#0072B2', 'underlay-padding': 7, 'underlay-opacity': 0.35, 'underlay-shape': 'ellipse' },
    },
    { selector: 'edge:selected', style: { width: 4, 'line-color': '#0072B2', 'target-arrow-color': '#0072B2' } },
  ];
}
