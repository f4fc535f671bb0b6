// Interface language: Italian first, English second (STACK.md). The choice is remembered in the browser and
// written on <html lang> so that screen readers pronounce the page in the right language.
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { it } from "./it";

export const LANGUAGES = ["it", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = "traguardo.language";

function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored === "en" ? "en" : "it";
  } catch {
    return "it";
  }
}

export function initI18n(language: Language = storedLanguage()) {
  void i18next.use(initReactI18next).init({
    resources: { it: { translation: it }, en: { translation: en } },
    lng: language,
    fallbackLng: "it",
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  if (typeof document !== "undefined") document.documentElement.lang = language;
  i18next.on("languageChanged", (lng) => {
    if (typeof document !== "undefined") document.documentElement.lang = lng;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, lng);
    } catch {
      // private browsing: the choice lasts for the session only
    }
  });
  return i18next;
}
