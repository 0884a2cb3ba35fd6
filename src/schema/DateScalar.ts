import { GraphQLScalarType, Kind } from 'graphql';
import { parsePartialDate } from '../domain/partialDate.js';
import { BadUserInputError } from '../errors/index.js';

function parse(value: unknown): string {
  const bounds = parsePartialDate(value);
  if ('error' in bounds) throw new BadUserInputError(`Invalid Date: ${bounds.error}`);
  return value as string;
}

/** `Date`: a possibly partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD); malformed input is BAD_USER_INPUT. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD.',
  serialize: (value) => value,
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new BadUserInputError(`Invalid Date: expected a string YYYY, YYYY-MM or YYYY-MM-DD, received a ${ast.kind} literal`);
    }
    return parse(ast.value);
  },
});
