// Sign-in with e-mail and password (and OpenID Connect when the server offers it). Shown in place of any page
// when nobody is signed in, so the address asked for (a deep link) opens right after signing in.
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { useSignIn, useSignInMethods } from "../api/session";
import { ErrorMessage } from "../components/QueryState";

const SignInForm = z.object({
  email: z.string().trim().min(1, "emailRequired").email("emailInvalid"),
  password: z.string().min(1, "passwordRequired"),
});
type SignInForm = z.infer<typeof SignInForm>;

export function SignInPage() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const methods = useSignInMethods();
  const { register, handleSubmit, formState, setFocus } = useForm<SignInForm>({ resolver: zodResolver(SignInForm), defaultValues: { email: "", password: "" } });
  const { errors } = formState;
  useEffect(() => {
    document.title = `${t("signIn.title")} · ${t("layout.productName")}`;
    setFocus("email");
  }, [t, setFocus]);

  return (
    <div className="container-xxl py-5">
      <div className="row justify-content-center">
        <div className="col-md-8 col-lg-5">
          <div className="card shadow-sm sign-in-card">
            <div className="card-body p-4">
              <h1 className="h3 mb-1">{t("signIn.title")}</h1>
              <p className="text-muted">{t("signIn.intro")}</p>
              {signIn.isError && <ErrorMessage error={signIn.error} title={t("signIn.failed")} />}
              <form onSubmit={handleSubmit((values) => signIn.mutate(values))} noValidate>
                <div className="form-group mt-4">
                  <label htmlFor="sign-in-email" className="active">
                    {t("signIn.email")}
                  </label>
                  <input
                    id="sign-in-email"
                    type="email"
                    autoComplete="username"
                    className={`form-control${errors.email ? " is-invalid" : ""}`}
                    aria-invalid={errors.email ? true : undefined}
                    aria-describedby={errors.email ? "sign-in-email-error" : undefined}
                    {...register("email")}
                  />
                  {errors.email && (
                    <div id="sign-in-email-error" className="invalid-feedback d-block">
                      {t(`signIn.${errors.email.message}`)}
                    </div>
                  )}
                </div>
                <div className="form-group">
                  <label htmlFor="sign-in-password" className="active">
                    {t("signIn.password")}
                  </label>
                  <input
                    id="sign-in-password"
                    type="password"
                    autoComplete="current-password"
                    className={`form-control${errors.password ? " is-invalid" : ""}`}
                    aria-invalid={errors.password ? true : undefined}
                    aria-describedby={errors.password ? "sign-in-password-error" : undefined}
                    {...register("password")}
                  />
                  {errors.password && (
                    <div id="sign-in-password-error" className="invalid-feedback d-block">
                      {t(`signIn.${errors.password.message}`)}
                    </div>
                  )}
                </div>
                <button type="submit" className="btn btn-primary w-100" disabled={signIn.isPending}>
                  {signIn.isPending ? t("signIn.signingIn") : t("signIn.submit")}
                </button>
              </form>
              {methods.data?.oidc && (
                <>
                  <p className="text-center text-muted my-3">{t("signIn.or")}</p>
                  <a className="btn btn-outline-primary w-100" href="/api/auth/oidc/login">
                    {t("signIn.oidc")}
                  </a>
                </>
              )}
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
