import type { components } from "../api/schema";
import type { Translator } from "./translate";

type Theme = components["schemas"]["ThemeRead"];

/** A theme's name in the reader's language: the catalogue's (`theme.<slug>`), else the API's own. */
export function themeLabel({ t, has }: Pick<Translator, "t" | "has">, theme: Pick<Theme, "slug" | "name">): string {
  const key = `theme.${theme.slug}`;
  return has(key) ? t(key) : theme.name;
}
