import type { EdgeRow, NodeRow } from '../model/records.js';

/** A fact as read back: a relationship row or a node row (FactRecord's parent). */
export type FactRow = (EdgeRow & { element: 'rel' }) | (NodeRow & { element: 'node' });

/** The retraction of a stored fact, from its properties; null when it is not retracted. */
export function retractionOf(props: Record<string, unknown>): { by: string; at: string; reason: string } | null {
  if (typeof props.retractedAt !== 'string') return null;
  return { by: String(props.retractedBy ?? ''), at: props.retractedAt, reason: String(props.retractionReason ?? '') };
}
