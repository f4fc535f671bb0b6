// Italian / English: two buttons with aria-pressed, keyboard-reachable, no dropdown to open.
import { useTranslation } from "react-i18next";
import { LANGUAGES } from "../i18n/setup";

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t("layout.language")}>
      {LANGUAGES.map((language) => {
        const active = i18n.resolvedLanguage === language;
        return (
          <button
            key={language}
            type="button"
            lang={language}
            className="lang-btn"
            aria-pressed={active}
            onClick={() => void i18n.changeLanguage(language)}
          >
            <span aria-hidden="true">{language.toUpperCase()}</span>
            <span className="visually-hidden">{t(`layout.languageName.${language}`)}</span>
          </button>
        );
      })}
    </div>
  );
}
