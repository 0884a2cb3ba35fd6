import type { NodeRow } from './records.js';

/**
 * A node's short human label, as GraphNode.label and the exports show it:
 * the name, else the summary or title; reported figures say what they count.
 */
export function nodeLabel(node: NodeRow): string {
  const p = node.props;
  if (node.kind === 'ActivityFigure') {
    const span = [p.from, p.to].filter(Boolean).join('–');
    return `Reported activity${span ? ` ${span}` : ''}`;
  }
  return String(p.name ?? p.summary ?? p.title ?? node.id);
}
