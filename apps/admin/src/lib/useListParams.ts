// A list's page, page size, sort and filters, kept in the URL query string: a reload, the back button
// or a shared link shows the same list. Values that do not parse fall back to the defaults, so a
// hand-edited URL can never break a page.
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";

export const PAGE_SIZES = [10, 20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;

export interface ListSpec<S extends string, K extends string> {
  /** Every sort the API accepts for this list. */
  sorts: readonly S[];
  /** Applied when the URL names none; omitted from the URL to keep links short. */
  defaultSort: S;
  /** The filter names this list keeps in the URL. */
  filters: readonly K[];
}

export type Filters<K extends string> = Partial<Record<K, string>>;

export interface ListParams<S extends string, K extends string> {
  page: number;
  pageSize: number;
  sort: S;
  filters: Filters<K>;
  /** `skip` and `take` for the API's `options`. */
  skip: number;
  take: number;
}

export interface ListParamsApi<S extends string, K extends string> {
  params: ListParams<S, K>;
  /** Change some filters (undefined or "" removes one) and go back to page 1. */
  setFilters: (patch: Partial<Record<K, string | undefined>>) => void;
  setPage: (page: number, pageSize: number) => void;
  /** undefined returns to the default sort. */
  setSort: (sort: S | undefined) => void;
  reset: () => void;
}

function positiveInt(raw: string | null, fallback: number): number {
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function useListParams<S extends string, K extends string>(spec: ListSpec<S, K>): ListParamsApi<S, K> {
  const [search, setSearch] = useSearchParams();
  const { sorts, defaultSort, filters: filterNames } = spec;

  const params = useMemo<ListParams<S, K>>(() => {
    const size = positiveInt(search.get("size"), DEFAULT_PAGE_SIZE);
    const pageSize = (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE;
    const page = positiveInt(search.get("page"), 1);
    const rawSort = search.get("sort");
    const sort = sorts.find((s) => s === rawSort) ?? defaultSort;
    const filters: Filters<K> = {};
    for (const name of filterNames) {
      const value = search.get(name);
      if (value !== null && value !== "") filters[name] = value;
    }
    return { page, pageSize, sort, filters, skip: (page - 1) * pageSize, take: pageSize };
  }, [search, sorts, defaultSort, filterNames]);

  // Every change replaces the history entry's query with a freshly built one, in a stable key order.
  const write = useCallback(
    (next: { page: number; pageSize: number; sort: S; filters: Filters<K> }) => {
      const out = new URLSearchParams();
      for (const name of filterNames) {
        const value = next.filters[name];
        if (value !== undefined && value !== "") out.set(name, value);
      }
      if (next.sort !== defaultSort) out.set("sort", next.sort);
      if (next.page > 1) out.set("page", String(next.page));
      if (next.pageSize !== DEFAULT_PAGE_SIZE) out.set("size", String(next.pageSize));
      setSearch(out);
    },
    [filterNames, defaultSort, setSearch],
  );

  const setFilters = useCallback(
    (patch: Partial<Record<K, string | undefined>>) => {
      const filters: Filters<K> = { ...params.filters };
      for (const name of Object.keys(patch) as K[]) {
        const value = patch[name]?.trim();
        if (value) filters[name] = value;
        else delete filters[name];
      }
      write({ ...params, filters, page: 1 });
    },
    [params, write],
  );

  const setPage = useCallback(
    (page: number, pageSize: number) => {
      // A new page size starts again at page 1: the old page number means other rows now.
      write({ ...params, page: pageSize === params.pageSize ? page : 1, pageSize });
    },
    [params, write],
  );

  const setSort = useCallback((sort: S | undefined) => write({ ...params, sort: sort ?? defaultSort, page: 1 }), [params, write, defaultSort]);

  const reset = useCallback(() => setSearch(new URLSearchParams()), [setSearch]);

  return { params, setFilters, setPage, setSort, reset };
}
