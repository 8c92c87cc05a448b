import type { DataProvider } from 'react-admin';

// react-admin's methods are generic in the record type; the API returns JSON we pass through as is.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRecord = any;
import { api } from './http';

interface Page<T> {
  data: T[];
  total: number;
}

/** Resource name in react-admin → path in the API (most are the same). */
const PATHS: Record<string, string> = {
  'audit-log': '/audit-log',
  deliveries: '/notifications/deliveries',
};
const pathOf = (resource: string) => PATHS[resource] ?? `/${resource}`;

/** react-admin's filter object → our query string; `q` is the free-text search. */
function filterQuery(filter: Record<string, unknown> = {}): Record<string, string | number | boolean | undefined> {
  const out: Record<string, string | number | boolean | undefined> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === null || value === undefined || value === '') continue;
    out[key] = typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);
  }
  return out;
}

/** Speaks docs/api-contract.md: `?page&perPage&sort&order&q&<filters>` → `{ data, total }`. */
export const dataProvider: DataProvider = {
  async getList(resource, { pagination, sort, filter }) {
    const page = await api<Page<AnyRecord>>(pathOf(resource), {
      query: {
        page: pagination?.page ?? 1,
        perPage: Math.min(pagination?.perPage ?? 25, 100),
        sort: sort?.field && sort.field !== 'id' ? sort.field : undefined,
        order: sort?.order,
        ...filterQuery(filter),
      },
    });
    return { data: page.data, total: page.total };
  },
  async getOne(resource, { id }) {
    return { data: await api<AnyRecord>(`${pathOf(resource)}/${id}`) };
  },
  // The API has no batch read yet: references are few per page, fetched one by one in parallel;
  // the ones the caller may not see (404) are left out.
  async getMany(resource, { ids }) {
    const found = await Promise.all(ids.map((id) => api<AnyRecord>(`${pathOf(resource)}/${id}`).catch(() => null)));
    return { data: found.filter((r: AnyRecord) => r !== null) };
  },
  async getManyReference(resource, { target, id, pagination, sort, filter }) {
    const page = await api<Page<AnyRecord>>(pathOf(resource), {
      query: {
        page: pagination.page,
        perPage: Math.min(pagination.perPage, 100),
        sort: sort.field !== 'id' ? sort.field : undefined,
        order: sort.order,
        ...filterQuery(filter),
        [target]: String(id),
      },
    });
    return { data: page.data, total: page.total };
  },
  async create(resource, { data }) {
    return { data: await api<AnyRecord>(pathOf(resource), { method: 'POST', body: data }) };
  },
  async update(resource, { id, data, previousData }) {
    // PATCH only what changed, so a stale form never overwrites someone else's edit of another field.
    const changed = Object.fromEntries(
      Object.entries(data as Record<string, unknown>).filter(([k, v]) => k !== 'id' && JSON.stringify(v) !== JSON.stringify((previousData as Record<string, unknown>)?.[k])),
    );
    return { data: await api<AnyRecord>(`${pathOf(resource)}/${id}`, { method: 'PATCH', body: changed }) };
  },
  async updateMany(resource, { ids, data }) {
    await Promise.all(ids.map((id) => api(`${pathOf(resource)}/${id}`, { method: 'PATCH', body: data })));
    return { data: ids };
  },
  async delete(resource, { id, previousData }) {
    await api(`${pathOf(resource)}/${id}`, { method: 'DELETE' });
    return { data: previousData as AnyRecord };
  },
  async deleteMany(resource, { ids }) {
    await Promise.all(ids.map((id) => api(`${pathOf(resource)}/${id}`, { method: 'DELETE' })));
    return { data: ids };
  },
};
