// A list of small items of an objective or indicator (targets, steps, phases) as a table, each row editable in a
// form under the table, with "add" and "delete" (asking first).
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { BundleCollection } from "@domain/model";
import { ScrollRegion } from "../../components/ScrollRegion";
import { ConfirmDelete } from "./ConfirmDelete";
import type { FieldSpec, FormValues } from "./form-values";
import { ItemForm, type ItemFormProps } from "./ItemForm";

export interface Column<T> {
  header: string;
  cell: (item: T, index: number) => ReactNode;
  numeric?: boolean;
}

interface EditableListProps<T extends { id: string }> {
  idPrefix: string;
  collection: BundleCollection;
  caption: string;
  items: readonly T[];
  columns: Column<T>[];
  specs: readonly FieldSpec[];
  schema: z.ZodType;
  newItem: () => Record<string, unknown> & { id: string };
  /** "il target 2022", for the delete question and the form's title. */
  describe: (item: T) => string;
  addLabel: string;
  emptyText: string;
  onSave: (item: Record<string, unknown> & { id: string }, isNew: boolean) => Promise<unknown>;
  onDelete: (item: T) => Promise<unknown>;
  /** what goes with an item (a cronoprogramma's phases) and other consequences, for the delete question. */
  consequencesOf?: (item: T) => { counts: Partial<Record<BundleCollection, number>>; notes: string[] };
  deleting: boolean;
  deleteError: unknown;
  after?: ItemFormProps["after"];
  /** the values being typed in the open form (null when none is open), for live figures. */
  onEditing?: (id: string | null, values: FormValues | null) => void;
  footer?: ReactNode;
  readOnly?: boolean;
}

export function EditableList<T extends { id: string }>(props: EditableListProps<T>) {
  const { t } = useTranslation();
  const { items, columns, idPrefix } = props;
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  // the new item is made once when its form opens, so that its id stays the same while the user types
  const [fresh, setFresh] = useState<Record<string, unknown> & { id: string }>(() => props.newItem());
  const open = (id: string | "new" | null) => {
    if (id === "new") setFresh(props.newItem());
    setEditing(id);
    setDeleting(null);
    props.onEditing?.(id === null ? null : id, null);
  };
  const current = editing === "new" ? fresh : items.find((i) => i.id === editing) ?? null;

  return (
    <div className="editable-list" data-testid={`list-${idPrefix}`}>
      {items.length === 0 ? (
        <p className="text-muted">{props.emptyText}</p>
      ) : (
        <ScrollRegion label={props.caption}>
          <table className="table data-table align-middle">
            <caption className="visually-hidden">{props.caption}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.header} scope="col" className={c.numeric ? "num" : undefined}>
                    {c.header}
                  </th>
                ))}
                {!props.readOnly && (
                  <th scope="col">
                    <span className="visually-hidden">{t("editor.list.actions")}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {items.map((item, index) => (
                <tr key={item.id} className={editing === item.id ? "table-active" : undefined} data-testid={`${idPrefix}-row-${index + 1}`}>
                  {columns.map((c, ci) =>
                    ci === 0 ? (
                      <th key={c.header} scope="row" className={c.numeric ? "num" : undefined}>
                        {c.cell(item, index)}
                      </th>
                    ) : (
                      <td key={c.header} className={c.numeric ? "num" : undefined}>
                        {c.cell(item, index)}
                      </td>
                    ),
                  )}
                  {!props.readOnly && (
                    <td className="text-nowrap text-end">
                      <button type="button" className="btn btn-link btn-sm" onClick={() => open(item.id)} aria-label={t("editor.list.editThis", { what: props.describe(item) })}>
                        {t("editor.list.edit")}
                      </button>
                      <button
                        type="button"
                        className="btn btn-link btn-sm text-danger"
                        onClick={() => {
                          setEditing(null);
                          setDeleting(item);
                        }}
                        aria-label={t("editor.list.deleteThis", { what: props.describe(item) })}
                      >
                        {t("editor.list.delete")}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
            {props.footer}
          </table>
        </ScrollRegion>
      )}
      {deleting && (
        <ConfirmDelete
          what={props.describe(deleting)}
          counts={props.consequencesOf?.(deleting).counts ?? {}}
          notes={props.consequencesOf?.(deleting).notes ?? []}
          busy={props.deleting}
          error={props.deleteError}
          onCancel={() => setDeleting(null)}
          onConfirm={async () => {
            try {
              await props.onDelete(deleting);
              setDeleting(null);
            } catch {
              // the error is shown in the question
            }
          }}
        />
      )}
      {current && !props.readOnly ? (
        <section className="card card-body shadow-sm mt-3 item-form-card" aria-labelledby={`${idPrefix}-form-title`}>
          <h3 id={`${idPrefix}-form-title`} className="h6">
            {editing === "new" ? props.addLabel : t("editor.list.editing", { what: props.describe(current as T) })}
          </h3>
          <ItemForm
            key={String(editing)}
            idPrefix={idPrefix}
            specs={props.specs}
            schema={props.schema}
            item={current}
            submitLabel={t("common.save")}
            after={props.after}
            onValuesChange={(values) => props.onEditing?.(String(editing), values)}
            onCancel={() => open(null)}
            onSave={async (item) => {
              await props.onSave(item as Record<string, unknown> & { id: string }, editing === "new");
              open(null);
            }}
          />
        </section>
      ) : (
        !props.readOnly && (
          <button type="button" className="btn btn-outline-primary btn-sm mt-2" onClick={() => open("new")} data-testid={`add-${idPrefix}`}>
            + {props.addLabel}
          </button>
        )
      )}
    </div>
  );
}
