import { Heading1, Heading2, Link, Paragraph } from "@utrecht/component-library-react";
import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { useMunicipalities, useThemes } from "../../api/reference";
import { Loading } from "../../components/Loading";
import { ProblemContext } from "../../components/problems";
import { ProblemDisplay } from "../../components/ProblemDisplay";
import { useI18n } from "../../i18n/context";
import { filtersToParams, parseFilters } from "./filters";
import { useActivitySearch, useProvider } from "./hooks";
import { Results } from "./Results";
import { SearchForm } from "./SearchForm";

/** Screen 1: the public social map, searchable without signing in; the URL holds the search. */
export function SocialMapScreen() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const search = useActivitySearch(filters);
  const themes = useThemes();
  const municipalities = useMunicipalities();
  const provider = useProvider(filters.providerId);
  const names = useMemo(() => new Map(municipalities.data?.map((m) => [m.code, m.name])), [municipalities.data]);
  const fields = {
    q: t("search.q.label"),
    municipality: t("search.municipality.label"),
    age: t("search.age.label"),
    theme: t("search.themes.legend"),
    from: t("search.from.label"),
    until: t("search.until.label"),
    free: t("search.free.label"),
    hasPlaces: t("search.hasPlaces.label"),
  };
  const reference = themes.isError ? themes : municipalities.isError ? municipalities : undefined;

  const form =
    themes.data && municipalities.data ? (
      <SearchForm
        key={params.toString()}
        filters={filters}
        themes={themes.data}
        municipalities={municipalities.data}
        providerName={provider.data?.name}
        onSearch={(next) => setParams(filtersToParams(next))}
      />
    ) : reference ? (
      <ProblemDisplay error={reference.error} onRetry={() => void reference.refetch()} />
    ) : (
      <Loading>{t("search.loading")}</Loading>
    );

  return (
    <>
      <title>{t("map.documentTitle")}</title>
      <Heading1>{t("map.heading")}</Heading1>
      <Paragraph appearance="lead">{t("map.intro")}</Paragraph>
      <Paragraph className="welzijn-to-results">
        <Link href="#results-heading">{t("map.toResults")}</Link>
      </Paragraph>
      <div className="welzijn-map">
        <ProblemContext.Provider value={search.error}>
          {form}
        </ProblemContext.Provider>
        <section aria-labelledby="results-heading" className="welzijn-results">
          <Heading2 id="results-heading" tabIndex={-1}>
            {t("results.heading")}
          </Heading2>
          <Results
            search={search}
            fields={fields}
            placeName={(code) => names.get(code) ?? code}
            searchString={params.toString()}
          />
        </section>
      </div>
    </>
  );
}
