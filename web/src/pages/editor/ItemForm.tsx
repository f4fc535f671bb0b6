// One form for any plan item: fields from a spec, checked as the user saves with the API's own zod schema
// (form-values.ts), the server's 400 field errors placed next to their fields, a summary with links on top.
// Nothing typed is lost on a failed save: the form keeps its values until it succeeds.
import { useMemo, useRef, useState, type ReactNode } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ApiError } from "../../api/client";
import { checkItem, fieldOfServerPath, valuesFromItem, type FieldSpec, type FormValues } from "./form-values";

export interface ItemFormProps {
  /** prefix of the inputs' ids ("objective"): ids must be unique on the page. */
  idPrefix: string;
  specs: readonly FieldSpec[];
  schema: z.ZodType;
  /** the item being edited (or a new one with its defaults): id, planId, parents and fields not in the form. */
  item: Record<string, unknown>;
  submitLabel: string;
  onSave: (item: Record<string, unknown>) => Promise<unknown>;
  onCancel?: () => void;
  /** something to show under a field, given what is typed now (the reading of a target). */
  after?: Partial<Record<string, (value: string, values: FormValues) => ReactNode>>;
  /** told about every change, for figures that follow the typing (running total of phase weights). */
  onValuesChange?: (values: FormValues) => void;
  /** a heading for the form as a region. */
  title?: string;
}

export function ItemForm({ idPrefix, specs, schema, item, submitLabel, onSave, onCancel, after, onValuesChange, title }: ItemFormProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const resolver = useMemo<Resolver<FormValues>>(
    () => async (values) => {
      const { problems } = checkItem(specs, schema, values, item);
      if (problems.length === 0) return { values, errors: {} };
      const errors = Object.fromEntries(problems.map((p) => [p.field, { type: "validate", message: t(p.key, { ...p.values, field: t(specs.find((s) => s.name === p.field)?.label ?? p.field) }) }]));
      return { values: {}, errors };
    },
    [specs, schema, item, t],
  );
  const { register, handleSubmit, formState, setError, watch } = useForm<FormValues>({ defaultValues: valuesFromItem(specs, item), resolver });
  const values = watch();
  const errors = formState.errors;
  const fieldId = (name: string) => `${idPrefix}-${name}`;

  const submit = handleSubmit(
    async (typed) => {
      setFailure(null);
      const { item: checked } = checkItem(specs, schema, typed, item);
      try {
        await onSave(checked);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        let placed = 0;
        if (error instanceof ApiError) {
          for (const problem of error.problems) {
            const field = fieldOfServerPath(problem.path, specs);
            if (field) {
              const label = t(specs.find((s) => s.name === field)!.label);
              setError(field, { type: "server", message: `${label}: ${problem.message}` });
              placed += 1;
            }
          }
        }
        setFailure(placed > 0 ? `${message} — ${t("editor.form.seeFields")}` : message);
        summaryRef.current?.focus();
      }
    },
    () => summaryRef.current?.focus(),
  );

  const problems = specs.filter((s) => errors[s.name]);
  return (
    <form className="item-form" onSubmit={submit} noValidate aria-label={title} onChange={() => onValuesChange?.(watch())} data-testid={`form-${idPrefix}`}>
      <div ref={summaryRef} tabIndex={-1} aria-live="assertive">
        {(failure || problems.length > 0) && (
          <div className="alert alert-danger" role="alert" data-testid="form-errors">
            <p className="fw-semibold mb-1">{failure ?? t("editor.form.notSaved")}</p>
            {problems.length > 0 && (
              <ul className="mb-0">
                {problems.map((s) => (
                  <li key={s.name}>
                    <a href={`#${fieldId(s.name)}`}>{errors[s.name]?.message}</a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <div className="row g-3">
        {specs.map((spec) => {
          const id = fieldId(spec.name);
          const error = errors[spec.name]?.message;
          const describedBy = [error ? `${id}-error` : null, spec.hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
          const common = {
            id,
            "aria-invalid": error ? true : undefined,
            "aria-describedby": describedBy,
            "aria-required": spec.required ? true : undefined,
            ...register(spec.name),
          };
          const label = (
            <label htmlFor={id} className={spec.kind === "checkbox" ? "form-check-label" : "active"}>
              {t(spec.label)}
              {spec.required && <span className="required-mark" aria-hidden="true"> *</span>}
            </label>
          );
          const control =
            spec.kind === "textarea" ? (
              <textarea className={`form-control${error ? " is-invalid" : ""}`} rows={3} {...common} />
            ) : spec.kind === "select" ? (
              <select className={`form-select${error ? " is-invalid" : ""}`} {...common}>
                {!spec.required && <option value="">—</option>}
                {spec.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : spec.kind === "checkbox" ? (
              <input type="checkbox" className="form-check-input" value="true" {...common} />
            ) : (
              <input
                type={spec.kind === "date" ? "date" : "text"}
                inputMode={spec.kind === "number" ? "decimal" : spec.kind === "integer" ? "numeric" : undefined}
                autoComplete="off"
                className={`form-control${error ? " is-invalid" : ""}`}
                {...common}
              />
            );
          return (
            <div key={spec.name} className={`col-lg-${spec.width ?? 12}`}>
              {spec.kind === "checkbox" ? (
                <div className="form-check mt-2">
                  {control}
                  {label}
                </div>
              ) : (
                <div className={spec.kind === "select" ? "select-wrapper" : "form-group mb-0"}>
                  {label}
                  {control}
                </div>
              )}
              {spec.hint && (
                <div id={`${id}-hint`} className="form-text small">
                  {t(spec.hint)}
                </div>
              )}
              {error && (
                <div id={`${id}-error`} className="invalid-feedback d-block" data-testid={`error-${idPrefix}-${spec.name}`}>
                  {error}
                </div>
              )}
              {after?.[spec.name]?.(values[spec.name] ?? "", values)}
            </div>
          );
        })}
      </div>
      <div className="d-flex gap-2 mt-4">
        <button type="submit" className="btn btn-primary" disabled={formState.isSubmitting} data-testid={`save-${idPrefix}`}>
          {formState.isSubmitting ? t("editor.form.saving") : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
