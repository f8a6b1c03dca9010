// 台账: every item the viewer may see, with filters, sort and paging in the URL, a column choice kept
// per browser, a fixed header that stays smooth at 100 rows a page, and the Excel export of exactly
// the filtered rows.
import { DownloadOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { ProposalsDocument } from "@jyta/client";
import { Button, Table, Tooltip } from "antd";
import { useMemo } from "react";
import { hasAnyRole, useViewer } from "../../app/viewer";
import { LoadError } from "../../components/LoadError";
import { PageContainer } from "../../components/PageContainer";
import { useT } from "../../i18n";
import { tablePagination } from "../../lib/pagination";
import { sortFromTable } from "../../lib/tableSort";
import { useClampPage } from "../../lib/useClampPage";
import { useListParams } from "../../lib/useListParams";
import { useLabels } from "../proposal/common/useLabels";
import { ColumnChooser } from "./ColumnChooser";
import { DEFAULT_COLUMNS, ledgerColumns, LOCKED_COLUMNS, type LedgerRow } from "./ledgerColumns";
import { LedgerFilters } from "./LedgerFilters";
import { exportHref, LEDGER_SORTS, LEDGER_SPEC, toProposalFilter } from "./ledgerParams";
import { useColumnChoice } from "./useColumnChoice";

export function LedgerPage() {
  const t = useT();
  const labels = useLabels();
  const { user } = useViewer();
  const { params, setFilters, setPage, setSort, reset } = useListParams(LEDGER_SPEC);
  const filter = useMemo(() => toProposalFilter(params.filters), [params.filters]);
  const { data, previousData, loading, error, refetch } = useQuery(ProposalsDocument, {
    variables: { options: { skip: params.skip, take: params.take, sort: params.sort, filter } },
  });
  const list = (data ?? previousData)?.proposals;
  useClampPage(params.page, params.pageSize, list?.totalItems, setPage);

  const all = ledgerColumns(t, labels, params.sort);
  const allKeys = all.map((c) => c.key);
  const { visible, choose, restore } = useColumnChoice(allKeys, DEFAULT_COLUMNS);
  const columns = all.filter((c) => visible.includes(c.key) || LOCKED_COLUMNS.includes(c.key));
  const width = columns.reduce((sum, c) => sum + (typeof c.width === "number" ? c.width : 120), 0);
  const staff = hasAnyRole(user, ["ADMIN", "OFFICE", "LEADER", "COMMITTEE"]);

  return (
    <PageContainer
      title={t.work.ledger.title}
      description={t.work.ledger.description}
      extra={
        <>
          <ColumnChooser columns={all.map((c) => ({ key: c.key, title: c.title, locked: LOCKED_COLUMNS.includes(c.key) }))} visible={visible} onChange={choose} onReset={restore} />
          <Tooltip title={t.work.ledger.exportHelp}>
            <Button type="primary" icon={<DownloadOutlined />} href={exportHref(filter)} download data-testid="ledger-export">
              {t.work.ledger.export}
            </Button>
          </Tooltip>
        </>
      }
    >
      <LedgerFilters filters={params.filters} setFilters={setFilters} reset={reset} showUnit={staff} />
      {error ? <LoadError error={error} onRetry={() => void refetch()} /> : null}
      <Table<LedgerRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list?.items ?? []}
        loading={loading}
        pagination={tablePagination(params.page, params.pageSize, list?.totalItems ?? 0, t)}
        onChange={(pagination, _filters, sorter, extra) => {
          if (extra.action === "sort") setSort(sortFromTable(LEDGER_SORTS, sorter));
          else if (extra.action === "paginate") setPage(pagination.current ?? 1, pagination.pageSize ?? params.pageSize);
        }}
        scroll={{ x: width, y: "calc(100vh - 380px)" }}
        sticky
        aria-label={t.work.ledger.title}
      />
    </PageContainer>
  );
}
