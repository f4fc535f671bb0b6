// A real <table> (caption, scoped headers, sortable columns announced with aria-sort) built with TanStack Table.
import { useState } from "react";
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from "@tanstack/react-table";
import { useTranslation } from "react-i18next";
import { ScrollRegion } from "./ScrollRegion";

interface DataTableProps<Row> {
  caption: string;
  /** hide the caption visually (it stays for screen readers) when a heading already says it. */
  captionHidden?: boolean;
  columns: ColumnDef<Row, any>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  emptyText?: string;
  testId?: string;
  /** the first column's cells are row headers (th scope="row"). */
  firstColumnIsHeader?: boolean;
  className?: string;
}

export function DataTable<Row>({ caption, captionHidden, columns, rows, rowKey, emptyText, testId, firstColumnIsHeader, className }: DataTableProps<Row>) {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => rowKey(row),
  });
  return (
    <ScrollRegion label={caption}>
      <table className={`table table-hover align-middle data-table ${className ?? ""}`} data-testid={testId}>
        <caption className={captionHidden ? "visually-hidden" : "table-caption"}>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const canSort = header.column.getCanSort();
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : canSort ? "none" : undefined}
                    className={(header.column.columnDef.meta as { className?: string } | undefined)?.className}
                  >
                    {canSort ? (
                      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                        {label}
                        <span className="sort-indicator" aria-hidden="true">
                          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                        </span>
                        <span className="visually-hidden">{t("table.sortBy")}</span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="text-muted">
                {emptyText ?? t("table.empty")}
              </td>
            </tr>
          ) : (
            table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell, i) => {
                  const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                  const className = (cell.column.columnDef.meta as { className?: string } | undefined)?.className;
                  return firstColumnIsHeader && i === 0 ? (
                    <th key={cell.id} scope="row" className={className}>
                      {content}
                    </th>
                  ) : (
                    <td key={cell.id} className={className}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
