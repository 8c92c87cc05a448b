import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ApiProblem } from './api-problem';
import type { ListQueryDto } from './list-query.dto';

/**
 * Applies sort and paging of a ListQueryDto. `sortable` maps the API's field names to SQL expressions,
 * so a client can never sort by something we did not mean to expose.
 */
export async function pageOf<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQueryDto,
  sortable: Record<string, string>,
  defaultSort: string,
): Promise<[T[], number]> {
  const sortField = query.sort ?? defaultSort;
  const column = sortable[sortField];
  if (!column) throw ApiProblem.validation([{ field: 'sort', code: 'isIn', params: { values: Object.keys(sortable).join(', ') } }]);
  return qb
    .orderBy(column, query.order)
    .addOrderBy(`${qb.alias}.id`, 'ASC')
    .skip((query.page - 1) * query.perPage)
    .take(query.perPage)
    .getManyAndCount();
}
