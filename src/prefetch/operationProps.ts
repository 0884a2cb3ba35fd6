import {
  isAbstractType,
  isObjectType,
  OperationTypeNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { fieldsOf, fieldTypeName, type Walk } from './fieldsOf.js';
import { CITATION_PROPS, END_FIELDS, isCitationField, PROPS_READ, RELATIONSHIP_FIELDS } from './relationshipFields.js';

/**
 * The stored properties that anything in the whole operation may read of a
 * row, or null when that cannot be known (then the prefetch fetches every
 * property). A field without a resolver of its own reads the property of its
 * name (src/resolvers/defaultFieldResolver.ts); a field with one must be in
 * the tables of relationshipFields.ts, which say what it reads; any other
 * field, anywhere in the operation, gives null, since its resolver may read
 * any property of any row the loaders hold. Computed over the whole
 * operation, not one root field's selection, because all root fields share
 * the request's loaders: a row the prefetch primes with some properties
 * must hold every property any field of the request reads. `id` always.
 */
export function operationProps(info: Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'operation' | 'variableValues'>): string[] | null {
  if (info.operation.operation !== OperationTypeNode.QUERY) return null;
  const walk: Walk = { schema: info.schema, fragments: info.fragments, variableValues: info.variableValues };
  const props = new Set<string>(['id']);
  const known = collect(walk, props, 'Query', info.operation.selectionSet);
  return known ? [...props] : null;
}

/** Adds what the selection reads to `props`; false as soon as a field's reads are unknown. */
function collect(walk: Walk, props: Set<string>, typeName: string, selectionSet: SelectionSetNode): boolean {
  for (const [field, onType] of fieldsOf(walk, typeName, selectionSet)) {
    const name = field.name.value;
    if (name.startsWith('__')) continue; // __typename reads the row's kind, not its properties
    const reads = readsOf(walk.schema, onType, name);
    if (!reads) return false;
    for (const prop of reads) props.add(prop);
    const childType = fieldTypeName(walk.schema, onType, name);
    if (field.selectionSet && childType && !collect(walk, props, childType, field.selectionSet)) return false;
  }
  return true;
}

/** What `type.field` reads of its parent row (and, for relationship fields, of the rows it returns); null when unknown. */
function readsOf(schema: GraphQLSchema, typeName: string, fieldName: string): readonly string[] | null {
  const type = schema.getType(typeName);
  // On an interface or union, the concrete types' resolvers run: every one must be known.
  if (isAbstractType(type)) {
    const all: string[] = [];
    for (const concrete of schema.getPossibleTypes(type)) {
      const reads = readsOf(schema, concrete.name, fieldName);
      if (!reads) return null;
      all.push(...reads);
    }
    return all;
  }
  if (!isObjectType(type)) return null;
  const field: GraphQLField<unknown, unknown> | undefined = type.getFields()[fieldName];
  if (!field) return [];
  if (!field.resolve) return [fieldName];
  if (isCitationField(typeName, fieldName)) return CITATION_PROPS;
  const relationship = RELATIONSHIP_FIELDS[typeName]?.[fieldName];
  if (relationship) return relationship.reads;
  if (END_FIELDS[typeName]?.[fieldName]) return [];
  return PROPS_READ[typeName]?.[fieldName] ?? null;
}
