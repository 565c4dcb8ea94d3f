import { Button, Fieldset, FieldsetLegend, Heading2, Paragraph, SelectOption } from "@utrecht/component-library-react";
import type { SubmitEvent } from "react";
import type { Municipality, Theme } from "../../api/reference";
import { CheckboxField, CheckboxGroup, SelectField, TextField } from "../../components/fields";
import { RouterLink } from "../../components/RouterLink";
import { useI18n } from "../../i18n/context";
import { themeLabel } from "../../i18n/data";
import { filtersToParams, parseFilters, type MapFilters } from "./filters";

type SearchFormProps = {
  filters: MapFilters;
  themes: readonly Theme[];
  municipalities: readonly Municipality[];
  providerName?: string | undefined;
  onSearch: (filters: MapFilters) => void;
};

/** The social map's filters as a plain form: submitting it puts them in the URL. */
export function SearchForm({ filters, themes, municipalities, providerName, onSearch }: SearchFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const entries = [...new FormData(event.currentTarget)].flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : []));
    onSearch(parseFilters(new URLSearchParams(entries)));
  };
  const { providerId, ...withoutProvider } = filters;

  return (
    <form role="search" aria-labelledby="search-heading" className="welzijn-search" noValidate onSubmit={submit}>
      <Heading2 id="search-heading">{t("search.heading")}</Heading2>
      {providerId !== undefined && (
        <Paragraph className="welzijn-provider-filter">
          <input type="hidden" name="providerId" value={providerId} />
          {t("search.provider", { provider: providerName ?? providerId })}{" "}
          <RouterLink to={{ search: filtersToParams(withoutProvider).toString() }}>{t("search.provider.remove")}</RouterLink>
        </Paragraph>
      )}
      <TextField
        location="q"
        name="q"
        type="search"
        label={t("search.q.label")}
        description={t("search.q.description")}
        defaultValue={filters.q ?? ""}
      />
      <SelectField
        location="municipality"
        name="municipality"
        label={t("search.municipality.label")}
        defaultValue={filters.municipality ?? ""}
      >
        <SelectOption value="">{t("search.municipality.all")}</SelectOption>
        {municipalities.map((m) => (
          <SelectOption key={m.code} value={m.code}>
            {m.name}
          </SelectOption>
        ))}
      </SelectField>
      <TextField
        location="age"
        name="age"
        type="number"
        inputMode="numeric"
        min={0}
        max={120}
        label={t("search.age.label")}
        description={t("search.age.description")}
        defaultValue={filters.age ?? ""}
      />
      <CheckboxGroup
        location="theme"
        legend={t("search.themes.legend")}
        options={themes.map((theme) => ({ value: theme.slug, label: themeLabel(i18n, theme) }))}
        checked={filters.theme ?? []}
      />
      <Fieldset>
        <FieldsetLegend>{t("search.dates.legend")}</FieldsetLegend>
        <TextField location="from" name="from" type="date" label={t("search.from.label")} defaultValue={filters.from ?? ""} />
        <TextField
          location="until"
          name="until"
          type="date"
          label={t("search.until.label")}
          defaultValue={filters.until ?? ""}
        />
      </Fieldset>
      <SelectField
        location="free"
        name="free"
        label={t("search.free.label")}
        defaultValue={filters.free === undefined ? "" : String(filters.free)}
      >
        <SelectOption value="">{t("search.free.any")}</SelectOption>
        <SelectOption value="true">{t("search.free.true")}</SelectOption>
        <SelectOption value="false">{t("search.free.false")}</SelectOption>
      </SelectField>
      <CheckboxField
        location="hasPlaces"
        name="hasPlaces"
        value="true"
        label={t("search.hasPlaces.label")}
        defaultChecked={filters.hasPlaces === true}
      />
      <div className="welzijn-actions">
        <Button type="submit" appearance="primary-action-button">
          {t("search.submit")}
        </Button>
        <RouterLink to="/">{t("search.reset")}</RouterLink>
      </div>
    </form>
  );
}
