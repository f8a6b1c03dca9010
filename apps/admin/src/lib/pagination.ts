// antd Table pagination from a list's URL state, the same on every list.
import type { TablePaginationConfig } from "antd";
import type { Messages } from "../i18n";
import { PAGE_SIZES } from "./useListParams";

export function tablePagination(page: number, pageSize: number, total: number, t: Messages): TablePaginationConfig {
  return {
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES.map(String),
    showTotal: (n) => t.common.total(n),
  };
}
