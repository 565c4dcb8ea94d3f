import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { I18nContext, LANGUAGES, type I18n, type Language } from "./context";
import { translator } from "./translate";

/** The reader's choice of language (not a secret; tokens never go to storage). */
const STORAGE_KEY = "welzijn.language";

function savedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.find((l) => l === saved) ?? "nl";
  } catch {
    return "nl"; // storage disabled: Dutch, as for every first visit
  }
}

/** Dutch first; English when the reader switches (remembered in this browser). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(savedLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // storage disabled: the choice lasts for this page only
    }
    setLanguageState(next);
  }, []);

  const value = useMemo<I18n>(() => ({ ...translator(language), setLanguage }), [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
