import type { NodeSetPlan, StepPlan } from './PrefetchPlan.js';

/** One step of a plan, numbered: its relationships come back as `e<index>`, its far ends as `n<index>`. */
export interface NumberedStep {
  index: number;
  /** The node set it expands from: 0 for the root nodes, else the step whose far ends they are. */
  input: number;
  type: StepPlan['type'];
  direction: StepPlan['direction'];
  far: boolean;
  edgeSources: boolean;
}

/** A plan flattened in the order its query runs the steps. */
export interface PrefetchLayout {
  steps: NumberedStep[];
  /** The node sets (0 or a step's index) whose sources are asked for. */
  sourceSets: number[];
  /**
   * The stored properties fetched of the relationships and far ends (`id`
   * first), or null for all of them (operationProps); the roots always come
   * with all of theirs.
   */
  props: string[] | null;
}

/** Numbers a plan's steps depth first, each after the step whose far ends it expands from; `props` as PrefetchLayout.props. */
export function prefetchLayout(plan: NodeSetPlan, props: readonly string[] | null = null): PrefetchLayout {
  const layout: PrefetchLayout = { steps: [], sourceSets: [], props: props && ['id', ...props.filter((p) => p !== 'id')] };
  const visit = (set: NodeSetPlan, input: number): void => {
    if (set.sources) layout.sourceSets.push(input);
    for (const step of set.steps) {
      const index = layout.steps.length + 1;
      layout.steps.push({ index, input, type: step.type, direction: step.direction, far: step.far !== null, edgeSources: step.edgeSources });
      if (step.far) visit(step.far, index);
    }
  };
  visit(plan, 0);
  return layout;
}

/** The `part` of the prefetch's rows that carry the nodes of set `set` (0: the roots, else a step's far ends). */
export const nodesPart = (set: number): number => 2 * set;

/** The `part` of the prefetch's rows that carry the relationships of step `index`. */
export const edgesPart = (index: number): number => 2 * index - 1;

/** The `part` of the prefetch's rows that carry the cited sources. */
export const SOURCES_PART = -1;
