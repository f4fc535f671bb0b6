// "Elimina …" for a whole item (area, objective, indicator): asks first, listing what goes with it.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlanBundle } from "@domain/model";
import { ConfirmDelete } from "./ConfirmDelete";
import { dependentCounts, deletionPlan, type ItemRef } from "./dependents";

interface DeleteButtonProps {
  bundle: PlanBundle;
  root: ItemRef;
  what: string;
  busy: boolean;
  error: unknown;
  onDelete: () => Promise<unknown>;
  onReset: () => void;
}

export function DeleteButton({ bundle, root, what, busy, error, onDelete, onReset }: DeleteButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const counts = dependentCounts(deletionPlan(bundle, root), root);
  return (
    <div className="mt-4 pt-3 border-top">
      {asking ? (
        <ConfirmDelete
          what={what}
          counts={counts}
          takesIndicators={root.collection === "indicators" || (counts.indicators ?? 0) > 0}
          busy={busy}
          error={error}
          onCancel={() => {
            setAsking(false);
            onReset();
          }}
          onConfirm={() => void onDelete().catch(() => undefined)}
        />
      ) : (
        <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setAsking(true)} data-testid="delete-item">
          {t("editor.delete.button", { what })}
        </button>
      )}
    </div>
  );
}
