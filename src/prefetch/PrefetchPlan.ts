import type { RelationshipType } from '../seed/format.js';

/** What a selection will ask the loaders for, below a set of nodes. */
export interface NodeSetPlan {
  /** The relationships of these nodes that the selection asks for, one step per type and direction. */
  steps: StepPlan[];
  /** Whether the selection asks for these nodes' sources. */
  sources: boolean;
}

/** One relationship type and direction, expanded from every node of a set. */
export interface StepPlan {
  type: RelationshipType;
  direction: 'OUT' | 'IN';
  /** Whether the selection asks for these relationships' sources. */
  edgeSources: boolean;
  /** What the selection asks below the far ends; null when it does not ask for them. */
  far: NodeSetPlan | null;
}

/** A plan that asks for nothing below its nodes. */
export function emptyPlan(): NodeSetPlan {
  return { steps: [], sources: false };
}
