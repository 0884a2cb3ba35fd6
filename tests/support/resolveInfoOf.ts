import { Kind, parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { buildSchema } from '../../src/graphql/buildSchema.js';

const schema = buildSchema();

/**
 * What a resolver of the operation's first root field would receive as
 * `info`, as far as the prefetch reads it (schema, fragments, operation,
 * field nodes, return type, variables): the prefetch's planners tested
 * without executing anything. No database.
 */
export function resolveInfoOf(query: string, variableValues: Record<string, unknown> = {}): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const field = operation.selectionSet.selections[0]!;
  if (field.kind !== Kind.FIELD) throw new Error(`expected a field first in ${query}`);
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const root = operation.operation === 'mutation' ? schema.getMutationType()! : schema.getQueryType()!;
  const returnType = root.getFields()[field.name.value]!.type;
  return { schema, fragments, operation, fieldNodes: [field], returnType, variableValues } as unknown as GraphQLResolveInfo;
}
