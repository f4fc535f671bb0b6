// Accounts, for administrators: the list with role, organisation, structures and last sign-in; create, edit role
// and structures, reset a password (the temporary one is shown once), deactivate or reactivate.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePlans } from "../../api/hooks";
import { useSession } from "../../api/session";
import { links } from "../../app/routes";
import { ErrorMessage, Loading } from "../../components/QueryState";
import { ScrollRegion } from "../../components/ScrollRegion";
import { PageHeading } from "../../layout/PageHeading";
import { formatDateTime } from "../workflow/stamps";
import { AccountForm } from "./AccountForm";
import { useAccounts, useCreateAccount, useResetPassword, useUpdateAccount, type AccountRow } from "./accounts-api";
import "../workflow/workflow.css";

type Editing = { account: AccountRow | null } | null;

export function UsersPage() {
  const { t } = useTranslation();
  const me = useSession().data?.account ?? null;
  const accounts = useAccounts(me?.role === "administrator");
  const plans = usePlans();
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const reset = useResetPassword();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<{ text: string; email?: string; password?: string } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const organisationName = (id: string | null) => (id ? (plans.data?.find((p) => p.organisationId === id)?.organisationName ?? id) : t("users.allOrganisations"));

  const done = (text: string, password?: { email: string; password: string | null }) => {
    setFailure(null);
    setEditing(null);
    setNotice({ text, email: password?.email, password: password?.password ?? undefined });
  };
  const setActive = (account: AccountRow, active: boolean) =>
    update.mutate(
      { id: account.id, displayName: account.displayName, role: account.role, organisationId: account.organisationId, structures: account.structures, active },
      { onSuccess: () => done(t("users.saved", { name: account.displayName })), onError: setFailure },
    );

  return (
    <>
      <PageHeading
        title={t("users.title")}
        crumbs={[{ label: t("nav.home"), to: links.plans() }, { label: t("users.title") }]}
        actions={
          <button type="button" className="btn btn-primary" onClick={() => setEditing({ account: null })} data-testid="new-account">
            {t("users.create")}
          </button>
        }
      />
      <div className="container-xxl pb-5">
        <p className="text-muted">{t("users.intro")}</p>
        <div aria-live="polite">
          {notice && (
            <div className="alert alert-success" role="status" data-testid="users-notice">
              <p className="mb-0">{notice.text}</p>
              {notice.password && (
                <p className="mb-0 mt-2">
                  {t("users.temporaryPassword", { email: notice.email })} <code className="wf-password" data-testid="temporary-password">{notice.password}</code>
                </p>
              )}
            </div>
          )}
          {failure !== null && <ErrorMessage error={failure} title={t("users.failed")} />}
        </div>
        {editing && (
          <AccountForm
            key={editing.account?.id ?? "new"}
            account={editing.account}
            busy={create.isPending || update.isPending}
            error={editing.account ? update.error : create.error}
            onCancel={() => setEditing(null)}
            onSubmit={(input) => {
              if (editing.account) {
                const current = editing.account;
                update.mutate({ id: current.id, active: current.active, ...input }, { onSuccess: (saved) => done(t("users.saved", { name: saved.displayName })) });
              } else {
                create.mutate(input, { onSuccess: (result) => done(t("users.created", { email: result.account.email }), { email: result.account.email, password: result.temporaryPassword }) });
              }
            }}
          />
        )}
        {accounts.isPending ? (
          <Loading />
        ) : accounts.isError ? (
          <ErrorMessage error={accounts.error} />
        ) : (
          <ScrollRegion label={t("users.caption")}>
            <table className="table wf-table data-table" data-testid="users-table">
              <caption className="visually-hidden">{t("users.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("users.name")}</th>
                  <th scope="col">{t("users.role")}</th>
                  <th scope="col">{t("users.organisation")}</th>
                  <th scope="col">{t("users.structures")}</th>
                  <th scope="col">{t("users.status")}</th>
                  <th scope="col">{t("users.lastSignIn")}</th>
                  <th scope="col">{t("users.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {accounts.data.map((a) => (
                  <tr key={a.id} data-testid={`account-${a.email}`} className={a.active ? undefined : "text-muted"}>
                    <th scope="row" className="wf-stamp">
                      {a.displayName}
                      <span className="wf-when">{a.email}</span>
                    </th>
                    <td>{t(`roles.${a.role}`)}</td>
                    <td className="wf-stamp">{organisationName(a.organisationId)}</td>
                    <td className="wf-stamp">{a.structures.map((s) => s.structureId.replace(/^[^:]*:/, "")).join(", ") || "—"}</td>
                    <td className="wf-stamp">
                      {a.active ? t("users.active") : t("users.inactive")}
                      {a.demo && <span className="wf-when">{t("users.demo")}</span>}
                      {a.federated && <span className="wf-when">{t("users.federated")}</span>}
                      {a.mustChangePassword && <span className="wf-when">{t("users.mustChange")}</span>}
                    </td>
                    <td className="wf-stamp">{a.lastSignInAt ? formatDateTime(a.lastSignInAt) : t("users.never")}</td>
                    <td>
                      <div className="wf-actions">
                        <button type="button" className="btn btn-outline-primary" onClick={() => setEditing({ account: a })} aria-label={`${t("users.edit")}: ${a.displayName}`}>
                          {t("users.edit")}
                        </button>
                        {a.hasPassword && (
                          <button
                            type="button"
                            className="btn btn-outline-primary"
                            disabled={reset.isPending}
                            aria-label={`${t("users.resetPassword")}: ${a.displayName}`}
                            onClick={() => reset.mutate(a.id, { onSuccess: (r) => done(t("users.saved", { name: a.displayName }), { email: a.email, password: r.temporaryPassword }), onError: setFailure })}
                          >
                            {t("users.resetPassword")}
                          </button>
                        )}
                        {a.id !== me?.id && (
                          <button
                            type="button"
                            className="btn btn-outline-danger"
                            disabled={update.isPending}
                            aria-label={`${a.active ? t("users.deactivate") : t("users.activate")}: ${a.displayName}`}
                            onClick={() => setActive(a, !a.active)}
                          >
                            {a.active ? t("users.deactivate") : t("users.activate")}
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </div>
    </>
  );
}
