import { defaultFieldResolver as graphqlDefault, type GraphQLFieldResolver } from 'graphql';

/**
 * Rows keep a node's or edge's stored properties under `props`; a field
 * without its own resolver reads the property of its name from there
 * (missing -> null), else falls back to graphql-js's default.
 */
export const defaultFieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
  if (source && typeof source === 'object' && 'props' in source) {
    const props = (source as { props: Record<string, unknown> }).props;
    if (info.fieldName in props) return props[info.fieldName];
    if (info.fieldName !== 'id') return null;
  }
  return graphqlDefault(source, args, context, info);
};
