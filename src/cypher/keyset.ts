/**
 * Keyset paging fragments for the connection translators: a WHERE predicate
 * that keeps the rows sorting strictly after a cursor position, and the
 * matching ORDER BY. Sort expressions are constants of the translators (never
 * user input); the cursor's values travel only as the list parameter named
 * `param`.
 */

/** One sort key: a constant Cypher expression and its direction. */
export interface SortKey {
  expr: string;
  descending?: boolean;
}

/**
 * `(k1, k2, ..., id) > ($p[0], $p[1], ..., $p[n])` in the order the keys give
 * (each ascending or descending, the id always ascending as the tiebreak),
 * written so that the first key's range stays sargable:
 * `k1 >= $p[0] AND (k1 > $p[0] OR (k1 = $p[0] AND (...)))`.
 */
export function keysetAfter(keys: readonly SortKey[], idExpr: string, param: string): string {
  const all: SortKey[] = [...keys, { expr: idExpr }];
  const strictly = (key: SortKey, i: number) => `${key.expr} ${key.descending ? '<' : '>'} $${param}[${i}]`;
  let nested = strictly(all[all.length - 1] as SortKey, all.length - 1);
  for (let i = all.length - 2; i >= 0; i -= 1) {
    const key = all[i] as SortKey;
    nested = `${strictly(key, i)} OR (${key.expr} = $${param}[${i}] AND (${nested}))`;
  }
  const first = all[0] as SortKey;
  return `${first.expr} ${first.descending ? '<=' : '>='} $${param}[0] AND (${nested})`;
}

/** `ORDER BY` for the keys, then the id ascending. */
export function keysetOrder(keys: readonly SortKey[], idExpr: string): string {
  return [...keys.map((k) => `${k.expr}${k.descending ? ' DESC' : ''}`), idExpr].join(', ');
}

/** The list expression of a row's sort key values, id last (what a cursor encodes). */
export function keysetValues(keys: readonly SortKey[], idExpr: string): string {
  return `[${[...keys.map((k) => k.expr), idExpr].join(', ')}]`;
}
