import { getNamedType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { emptyPlan, type NodeSetPlan, type StepPlan } from './PrefetchPlan.js';
import { END_FIELDS, isCitationField, RELATIONSHIP_FIELDS } from './relationshipFields.js';
import { fieldsOf, fieldTypeName, type Walk } from './fieldsOf.js';

/**
 * What the selection of the field being resolved will ask the loaders for
 * below the nodes that field returns: the relationships (and far ends, and
 * sources) that the resolvers of RELATIONSHIP_FIELDS and END_FIELDS load.
 * Fragments are followed with their type conditions; fields and fragments
 * that @skip or @include leave out are left out, as graphql-js does.
 * The walk only follows the selection, so it is as deep as the query.
 * `below` names the fields between the field and its nodes (a connection's
 * `['edges', 'node']`).
 */
export function planPrefetch(
  info: Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'fieldNodes' | 'returnType' | 'variableValues'>,
  below: readonly string[] = [],
): NodeSetPlan {
  const walk: Walk = { schema: info.schema, fragments: info.fragments, variableValues: info.variableValues };
  let selections: Array<[SelectionSetNode, string]> = info.fieldNodes.flatMap((node) =>
    node.selectionSet ? [[node.selectionSet, getNamedType(info.returnType).name] as [SelectionSetNode, string]] : [],
  );
  // A connection's nodes are below `edges { node }`: follow those field names first.
  for (const name of below) {
    selections = selections.flatMap(([selectionSet, typeName]) =>
      fieldsOf(walk, typeName, selectionSet).flatMap(([field, onType]): Array<[SelectionSetNode, string]> => {
        const childType = fieldTypeName(walk.schema, onType, name);
        return field.name.value === name && field.selectionSet && childType ? [[field.selectionSet, childType]] : [];
      }),
    );
  }
  const plan = emptyPlan();
  for (const [selectionSet, typeName] of selections) planNodeSet(walk, plan, typeName, selectionSet);
  return plan;
}

/** Whether a plan asks for nothing (then the loaders alone are as good). */
export function isEmptyPlan(plan: NodeSetPlan): boolean {
  return plan.steps.length === 0 && !plan.sources;
}

function planNodeSet(walk: Walk, set: NodeSetPlan, typeName: string, selectionSet: SelectionSetNode): void {
  for (const [field, onType] of fieldsOf(walk, typeName, selectionSet)) {
    const name = field.name.value;
    if (isCitationField(onType, name)) set.sources = true;
    const relationship = RELATIONSHIP_FIELDS[onType]?.[name];
    const childType = fieldTypeName(walk.schema, onType, name);
    if (!relationship || !field.selectionSet || !childType) continue;
    const step = stepOf(set, relationship.type, relationship.direction);
    if (relationship.returns === 'nodes') planNodeSet(walk, (step.far ??= emptyPlan()), childType, field.selectionSet);
    else planRelationships(walk, set, step, childType, field.selectionSet);
  }
}

/** The selection on relationships of `step` (Tenure, Visit, ...) expanded from the nodes of `near`. */
function planRelationships(walk: Walk, near: NodeSetPlan, step: StepPlan, typeName: string, selectionSet: SelectionSetNode): void {
  for (const [field, onType] of fieldsOf(walk, typeName, selectionSet)) {
    const name = field.name.value;
    if (isCitationField(onType, name)) step.edgeSources = true;
    const end = END_FIELDS[onType]?.[name];
    const childType = fieldTypeName(walk.schema, onType, name);
    if (!end || !field.selectionSet || !childType) continue;
    // The end the step came from is a node of `near`: what is asked below it is asked of `near`.
    const isFar = (end === 'to') === (step.direction === 'OUT');
    planNodeSet(walk, isFar ? (step.far ??= emptyPlan()) : near, childType, field.selectionSet);
  }
}

function stepOf(set: NodeSetPlan, type: StepPlan['type'], direction: StepPlan['direction']): StepPlan {
  let step = set.steps.find((s) => s.type === type && s.direction === direction);
  if (!step) {
    step = { type, direction, edgeSources: false, far: null };
    set.steps.push(step);
  }
  return step;
}
