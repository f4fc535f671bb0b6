// The password change an administrator may require before anything else (the API refuses other calls until then).
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { useChangePassword, useSignOut } from "../api/session";
import { ErrorMessage } from "../components/QueryState";

const ChangeForm = z
  .object({
    currentPassword: z.string().min(1, "currentRequired"),
    newPassword: z.string().min(12, "tooShort"),
    confirm: z.string(),
  })
  .refine((v) => v.newPassword === v.confirm, { path: ["confirm"], message: "mismatch" });
type ChangeForm = z.infer<typeof ChangeForm>;

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const signOut = useSignOut();
  const { register, handleSubmit, formState } = useForm<ChangeForm>({ resolver: zodResolver(ChangeForm), defaultValues: { currentPassword: "", newPassword: "", confirm: "" } });
  const { errors } = formState;
  const field = (name: keyof ChangeForm, autoComplete: string) => (
    <div className="form-group">
      <label htmlFor={`password-${name}`} className="active">
        {t(`password.${name}`)}
      </label>
      <input
        id={`password-${name}`}
        type="password"
        autoComplete={autoComplete}
        className={`form-control${errors[name] ? " is-invalid" : ""}`}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `password-${name}-error` : undefined}
        {...register(name)}
      />
      {errors[name] && (
        <div id={`password-${name}-error`} className="invalid-feedback d-block">
          {t(`password.errors.${errors[name]!.message}`)}
        </div>
      )}
    </div>
  );
  return (
    <div className="container-xxl py-5">
      <div className="row justify-content-center">
        <div className="col-md-8 col-lg-5">
          <div className="card shadow-sm">
            <div className="card-body p-4">
              <h1 className="h3">{t("password.title")}</h1>
              <p className="text-muted">{t("password.intro")}</p>
              {change.isError && <ErrorMessage error={change.error} title={t("password.failed")} />}
              <form onSubmit={handleSubmit((v) => change.mutate({ currentPassword: v.currentPassword, newPassword: v.newPassword }))} noValidate className="mt-4">
                {field("currentPassword", "current-password")}
                {field("newPassword", "new-password")}
                {field("confirm", "new-password")}
                <div className="d-flex gap-2">
                  <button type="submit" className="btn btn-primary" disabled={change.isPending}>
                    {t("password.submit")}
                  </button>
                  <button type="button" className="btn btn-outline-secondary" onClick={() => signOut.mutate()}>
                    {t("session.signOut")}
                  </button>
                </div>
              </form>
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
