/**
 * Stored properties from the values of `names`, in that order (a query's
 * `[k IN $names | n[k]]`): the pairs whose value is not null. Neo4j stores no
 * null property, so a null value is an absent property and is left out, as
 * `properties(n)` would leave it.
 */
export function zipProps(names: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (let i = 0; i < names.length; i++) if (values[i] !== null && values[i] !== undefined) props[names[i]!] = values[i];
  return props;
}
