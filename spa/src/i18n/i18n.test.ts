import { describe, expect, it } from "vitest";
import { themeLabel } from "./data";
import { en } from "./en";
import { placeholders } from "./format";
import { nl } from "./nl";
import { translator } from "./translate";

describe("the message catalogues", () => {
  it("have the same keys in Dutch and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it("fill in the same placeholders in both languages", () => {
    const differ = Object.entries(nl).filter(
      ([key, text]) => placeholders(text).join() !== placeholders(en[key as keyof typeof nl]).join(),
    );
    expect(differ).toEqual([]);
  });

  it("have no empty messages", () => {
    expect([...Object.entries(nl), ...Object.entries(en)].filter(([, text]) => text.trim() === "")).toEqual([]);
  });

  it("give every plural both forms", () => {
    const keys = Object.keys(nl);
    const bases = keys.filter((k) => k.endsWith("_one") || k.endsWith("_other")).map((k) => k.replace(/_(one|other)$/, ""));
    for (const base of bases) expect(keys).toEqual(expect.arrayContaining([`${base}_one`, `${base}_other`]));
  });
});

describe("translation", () => {
  it("fills in values and picks the plural form by count", () => {
    const { t, plural } = translator("nl");
    expect(t("provider.heading", { name: "Welzijnskompas" })).toBe("Over Welzijnskompas");
    expect(plural("activity.places.left", 1)).toBe("Nog 1 plaats vrij");
    expect(plural("activity.places.left", 12)).toBe("Nog 12 plaatsen vrij");
    expect(translator("en").plural("results.count", 1)).toBe("1 activity found.");
  });
});

describe("names of API data", () => {
  it("say a known theme in the reader's language, and keep the API's name for a new one", () => {
    expect(themeLabel(translator("nl"), { slug: "exercise", name: "Exercise" })).toBe("Bewegen en sport");
    expect(themeLabel(translator("en"), { slug: "exercise", name: "Exercise" })).toBe("Exercise and sport");
    expect(themeLabel(translator("nl"), { slug: "new-theme", name: "New theme" })).toBe("New theme");
  });
});
