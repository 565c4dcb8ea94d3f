import { createContext, useContext } from "react";
import type { MessageKey } from "./nl";
import type { Translator } from "./translate";

export const LANGUAGES = ["nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
/** Catalogue keys that come in a `_one` / `_other` pair, without the suffix. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_one` ? Base : never) : never;

export type I18n = Translator & { setLanguage: (language: Language) => void };

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error("useI18n needs an <I18nProvider>");
  return i18n;
}
