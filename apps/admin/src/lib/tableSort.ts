// Binds antd Table column sorters to a list's sort enum: which arrow is lit comes from the URL, and a
// click becomes one of the sorts the API accepts (never a raw column name).
import type { SorterResult, SortOrder } from "antd/es/table/interface";

/** Column key → the API sort for each direction that column supports. */
export type SortBindings<S extends string> = Record<string, { ascend?: S; descend?: S }>;

export interface ColumnSortProps {
  sorter: true;
  sortOrder: SortOrder;
  sortDirections: ("ascend" | "descend")[];
}

/** Props for one sortable column: `{ ...columnSort(bindings, "name", sort) }`. */
export function columnSort<S extends string>(bindings: SortBindings<S>, key: string, current: S): ColumnSortProps {
  const binding = bindings[key] ?? {};
  const sortOrder: SortOrder = binding.ascend === current ? "ascend" : binding.descend === current ? "descend" : null;
  const sortDirections: ("ascend" | "descend")[] = [];
  if (binding.ascend) sortDirections.push("ascend");
  if (binding.descend) sortDirections.push("descend");
  return { sorter: true, sortOrder, sortDirections };
}

/** The API sort for antd's sorter result; undefined when the user cleared the sort. */
export function sortFromTable<S extends string, T>(bindings: SortBindings<S>, sorter: SorterResult<T> | SorterResult<T>[]): S | undefined {
  const one = Array.isArray(sorter) ? sorter[0] : sorter;
  if (!one?.order || one.columnKey === undefined) return undefined;
  return bindings[String(one.columnKey)]?.[one.order];
}
