/**
 * Operations built from the schema itself (so new fields are covered without
 * editing the tests): for a root field, an operation that passes every
 * argument as a variable, with benign values for the arguments not under
 * test, and a selection that is valid for whatever the field returns.
 */
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** A string leaf of an argument: the argument, and the path into its input object, if any. */
export interface StringSlot {
  argument: string;
  /** Field names inside input objects, outermost first; empty for the argument itself. */
  path: string[];
}

/** Valid, harmless values for the seed, by argument or input-field name; anything else gets a neutral default. */
const BENIGN: Record<string, unknown> = {
  id: 'region:RU-TA',
  ids: ['region:RU-TA'],
  from: 'region:RU-IN',
  to: 'country:JO',
  region: 'region:RU-IN',
  governor: 'person:yunus-bek-yevkurov',
  text: 'tatar',
  kinds: ['Region'],
  relationshipTypes: ['VISITED'],
  excludeRelationshipTypes: ['GOVERNED'],
  federalDistrict: 'Volga',
};

/** Whether the named type is a string on the wire (String, ID, or a custom scalar that parses strings such as Date). */
function isStringLike(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return isScalarType(named) && named.name !== 'Int' && named.name !== 'Float' && named.name !== 'Boolean' && named.name !== 'JSON';
}

/** A value of `type` that validates: BENIGN by name, else a neutral one; input objects get their required fields. */
export function benignValue(type: GraphQLInputType, name: string, fieldName = ''): unknown {
  if (name in BENIGN) {
    // `code` is a region's on Query.region and a country's on Query.country.
    return BENIGN[name];
  }
  if (name === 'code') return fieldName === 'country' ? 'TR' : 'RU-TA';
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [benignValue(inner.ofType as GraphQLInputType, name, fieldName)];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = benignValue(field.type, field.name, fieldName);
    }
    return value;
  }
  switch (getNamedType(inner).name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'Date':
      return '2010';
    case 'JSON':
      return {};
    default:
      return 'x';
  }
}

/** Every string leaf of `arg` (through lists and input objects, to a small depth). */
export function stringSlots(arg: GraphQLArgument): StringSlot[] {
  const slots: StringSlot[] = [];
  const walk = (type: GraphQLInputType, path: string[], depth: number) => {
    const named = getNamedType(type);
    if (isInputObjectType(named)) {
      if (depth > 2) return;
      for (const field of Object.values(named.getFields())) walk(field.type, [...path, field.name], depth + 1);
    } else if (isStringLike(type)) {
      slots.push({ argument: arg.name, path });
    }
  };
  walk(arg.type, [], 0);
  return slots;
}

/** Places `text` at `path` inside a benign value of the argument (lists get it as their one element). */
function valueWithText(type: GraphQLInputType, name: string, path: string[], text: string, fieldName: string): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [valueWithText(inner.ofType as GraphQLInputType, name, path, text, fieldName)];
  if (path.length === 0) return text;
  if (!isInputObjectType(inner)) return text;
  const base = (benignValue(inner, '', fieldName) ?? {}) as Record<string, unknown>;
  const [head, ...rest] = path;
  const field = inner.getFields()[head!]!;
  return { ...base, [head!]: valueWithText(field.type, field.name, rest, text, fieldName) };
}

/** A selection set valid for the field's type: `__typename` for objects, interfaces and unions; none for leaves. */
function selectionFor(field: GraphQLField<unknown, unknown>): string {
  return isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
}

/** An operation on `root.field` passing every argument as a variable. */
export function operationFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  values: Record<string, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const args = field.args.filter((arg) => arg.name in values);
  const definitions = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const query = `${kind} Op${definitions ? `(${definitions})` : ''} { ${field.name}${call ? `(${call})` : ''}${selectionFor(field)} }`;
  return { query, variables: Object.fromEntries(args.map((arg) => [arg.name, values[arg.name]])) };
}

/** Benign values of the field's required arguments. */
export function requiredValues(field: GraphQLField<unknown, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined).map((arg) => [arg.name, benignValue(arg.type, arg.name, field.name)]),
  );
}

/**
 * For every field of `root` and every string leaf of its arguments: an
 * operation with `text` in that leaf and benign values in the required rest.
 */
export function operationsWithText(
  schema: GraphQLSchema,
  kind: 'query' | 'mutation',
  text: string,
): Array<{ label: string; query: string; variables: Record<string, unknown> }> {
  const root: GraphQLObjectType | null | undefined = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  if (!root) return [];
  const operations: Array<{ label: string; query: string; variables: Record<string, unknown> }> = [];
  for (const field of Object.values(root.getFields())) {
    for (const arg of field.args) {
      for (const slot of stringSlots(arg)) {
        const values = { ...requiredValues(field), [arg.name]: valueWithText(arg.type, arg.name, slot.path, text, field.name) };
        operations.push({ label: `${field.name}(${[arg.name, ...slot.path].join('.')})`, ...operationFor(kind, field, values) });
      }
    }
  }
  return operations;
}
