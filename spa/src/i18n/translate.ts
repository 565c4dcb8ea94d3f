import type { Language, PluralKey } from "./context";
import { en } from "./en";
import { interpolate } from "./format";
import { nl, type MessageKey, type Messages } from "./nl";

const CATALOGUES: Record<Language, Messages> = { nl, en };
type Values = Readonly<Record<string, string | number>>;

export type Translator = {
  language: Language;
  t: (key: MessageKey, values?: Values) => string;
  /** Whether the catalogue has `key` (for names of API data it may translate, such as themes). */
  has: (key: string) => key is MessageKey;
  /** A message by count: the `_one` or `_other` form, with `{count}` filled in. */
  plural: (key: PluralKey, count: number, values?: Values) => string;
};

export function translator(language: Language): Translator {
  const messages = CATALOGUES[language];
  const rules = new Intl.PluralRules(language);
  const t = (key: MessageKey, values?: Values) => interpolate(messages[key], values);
  const plural = (key: PluralKey, count: number, values?: Values) =>
    t(rules.select(count) === "one" ? `${key}_one` : `${key}_other`, { ...values, count });
  const has = (key: string): key is MessageKey => Object.hasOwn(messages, key);
  return { language, t, plural, has };
}
