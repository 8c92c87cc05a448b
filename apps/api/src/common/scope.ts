import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';

/**
 * What part of the organisation a caller may see: everything, or a list of center/event ids.
 * Repository methods that read scoped data take it as a required argument, so a query without
 * a scope does not compile (see STYLE.md, novu's enforce.ts).
 */
export type Scope = 'all' | readonly string[];

/** Restricts `column` to the scope; an empty scope matches nothing. */
export function whereInScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, scope: Scope): SelectQueryBuilder<T> {
  if (scope === 'all') return qb;
  if (scope.length === 0) return qb.andWhere('1 = 0');
  return qb.andWhere(`${column} IN (:...scopeIds)`, { scopeIds: [...scope] });
}
