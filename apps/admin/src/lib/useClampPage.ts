// A page past the end (a stale link, or the last row of the last page deactivated and filtered out)
// moves to the last page that exists instead of showing an empty table.
import { useEffect } from "react";

export function useClampPage(page: number, pageSize: number, total: number | undefined, setPage: (page: number, pageSize: number) => void): void {
  useEffect(() => {
    if (total === undefined || total === 0 || page === 1) return;
    const last = Math.max(1, Math.ceil(total / pageSize));
    if (page > last) setPage(last, pageSize);
  }, [page, pageSize, total, setPage]);
}
