import {
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLSchema,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';

/** What walking a selection needs: the schema, the operation's fragments and its variables. */
export interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

/** The fields of a selection set with the type each is selected on, fragments flattened. */
export function fieldsOf(walk: Walk, typeName: string, selectionSet: SelectionSetNode, out: Array<[FieldNode, string]> = []): Array<[FieldNode, string]> {
  for (const selection of selectionSet.selections) {
    if (!isIncluded(walk, selection)) continue;
    switch (selection.kind) {
      case Kind.FIELD:
        out.push([selection, typeName]);
        break;
      case Kind.INLINE_FRAGMENT:
        fieldsOf(walk, selection.typeCondition?.name.value ?? typeName, selection.selectionSet, out);
        break;
      case Kind.FRAGMENT_SPREAD: {
        const fragment = walk.fragments[selection.name.value];
        if (fragment) fieldsOf(walk, fragment.typeCondition.name.value, fragment.selectionSet, out);
        break;
      }
      default: {
        const unexpected: never = selection;
        throw new Error(`unexpected selection ${JSON.stringify(unexpected)}`);
      }
    }
  }
  return out;
}

/** Whether @skip and @include keep a selection (the rule graphql-js's field collection applies). */
function isIncluded(walk: Walk, node: FieldNode | InlineFragmentNode | FragmentSpreadNode): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, walk.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, walk.variableValues)?.if !== false;
}

/** The named type of `type.field`, or null when the schema has no such field. */
export function fieldTypeName(schema: GraphQLSchema, typeName: string, fieldName: string): string | null {
  const type = schema.getType(typeName);
  if (!isObjectType(type) && !isInterfaceType(type)) return null;
  const field = type.getFields()[fieldName];
  return field ? getNamedType(field.type).name : null;
}
