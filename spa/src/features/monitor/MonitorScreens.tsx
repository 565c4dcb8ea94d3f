import {
  Button,
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState, type SubmitEvent } from "react";
import { useSearchParams } from "react-router";
import { useApi } from "../../api/context";
import { unwrap } from "../../api/problem";
import { useThemes } from "../../api/reference";
import type { components, operations } from "../../api/schema";
import { TextField } from "../../components/fields";
import { filtersFrom, searchFrom } from "../../components/formData";
import { ProblemContext } from "../../components/problems";
import { Loading } from "../../components/Loading";
import { ProblemDisplay } from "../../components/ProblemDisplay";
import { useEnumLabel } from "../../components/referral";
import { useI18n } from "../../i18n/context";
import { themeLabel } from "../../i18n/data";
import { useIdentity } from "../../session/context";
import { BarChart } from "./BarChart";
import { figureCells, YOUTH_BANDS, type Cell } from "./figures";

type Figures = components["schemas"]["ReferralFigures"];
/** The months counted: the URL's `from` and `until`, as the API takes them. */
type Period = Pick<NonNullable<operations["referralStatistics"]["parameters"]["query"]>, "from" | "until">;
const PERIOD = ["from", "until"] as const;

function usePeriod(): Period {
  const [params] = useSearchParams();
  return useMemo(() => filtersFrom(params, PERIOD), [params]);
}

type Dimension = "month" | "theme" | "ageBand" | "status";

const COLOURS = { primary: "#1d5c8c", youth: "#b4421f", adult: "#1d5c8c", median: "#3d6b2e" };

function useReferralStats(groupBy: Dimension) {
  const { client } = useApi();
  const period = usePeriod();
  return useQuery({
    queryKey: ["referralStatistics", groupBy, period],
    queryFn: ({ signal }) =>
      unwrap(client.GET("/stats/referrals", { params: { query: { groupBy, ...period } }, headers: { Accept: "application/json" }, signal })).then(
        (answer) => (typeof answer === "string" ? Promise.reject(new Error("expected JSON")) : answer),
      ),
  });
}

function FigureTable({ caption, heading, cells, valueHeading }: { caption: string; heading: string; cells: readonly Cell[]; valueHeading: string }) {
  const { t } = useI18n();
  return (
    <Table className="welzijn-figures">
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{heading}</TableHeaderCell>
          <TableHeaderCell scope="col">{valueHeading}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {cells.map((c) => (
          <TableRow key={c.label}>
            <TableHeaderCell scope="row">{c.label}</TableHeaderCell>
            <TableCell>{c.value === null ? <em className="welzijn-suppressed">{t("monitor.suppressed")}</em> : c.value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** One statistic: a chart and the table with the same figures; suppressed cells say so. */
function StatPanel({ id, groupBy, title, label, measure }: {
  id: string;
  groupBy: Dimension;
  title: string;
  label: (figures: Figures) => string;
  measure: (figures: Figures) => number | null;
}) {
  const { t } = useI18n();
  const stats = useReferralStats(groupBy);
  const cells = useMemo(() => (stats.data ? figureCells(stats.data.groups, label, measure) : []), [stats.data, label, measure]);
  const labels = useMemo(() => cells.map((c) => (c.value === null ? `${c.label} (${t("monitor.suppressed")})` : c.label)), [cells, t]);
  const series = useMemo(
    () =>
      groupBy === "ageBand"
        ? [
            { label: t("monitor.youth"), values: cells.map((c) => (c.youth ? c.value : null)), colour: COLOURS.youth },
            { label: t("monitor.adults"), values: cells.map((c) => (c.youth ? null : c.value)), colour: COLOURS.adult },
          ]
        : [{ label: title, values: cells.map((c) => c.value), colour: COLOURS.primary }],
    [cells, groupBy, t, title],
  );
  return (
    <section aria-labelledby={id} className="welzijn-stat">
      <Heading2 id={id}>{title}</Heading2>
      {stats.isPending ? (
        <Loading>{t("monitor.loading")}</Loading>
      ) : stats.isError ? (
        <ProblemDisplay error={stats.error} onRetry={() => void stats.refetch()} />
      ) : cells.length === 0 ? (
        <Paragraph>{t("monitor.none")}</Paragraph>
      ) : (
        <>
          <Paragraph appearance="small">{t("monitor.threshold", { threshold: stats.data.threshold })}</Paragraph>
          <BarChart labels={labels} series={series} description={t("monitor.chartOf", { title })} />
          <FigureTable caption={title} heading={t(`monitor.by.${groupBy}`)} cells={cells} valueHeading={t(groupBy === "month" && id === "stat-accept" ? "monitor.days" : "monitor.count")} />
        </>
      )}
    </section>
  );
}

/** The months to count, in the URL (shareable); the API's problems with them beside each field. */
function PeriodFilter() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  // The same request as the month panel's (one cache entry): a refused period shows here too.
  const stats = useReferralStats("month");
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams(searchFrom(event.currentTarget, PERIOD));
  };
  return (
    <ProblemContext.Provider value={stats.error}>
      <form key={params.toString()} className="welzijn-filters" onSubmit={submit} aria-label={t("monitor.period")}>
        <TextField location="from" name="from" type="date" label={t("monitor.from")} description={t("monitor.monthHint")} defaultValue={params.get("from") ?? ""} />
        <TextField location="until" name="until" type="date" label={t("monitor.until")} defaultValue={params.get("until") ?? ""} />
        <Button type="submit" appearance="primary-action-button">
          {t("monitor.apply")}
        </Button>
      </form>
    </ProblemContext.Provider>
  );
}

function CsvDownload() {
  const { t } = useI18n();
  const { client } = useApi();
  const period = usePeriod();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const csv = await unwrap(
        client.GET("/stats/referrals", {
          params: { query: { groupBy: "month,theme,ageBand,status", ...period } },
          headers: { Accept: "text/csv" },
          parseAs: "text",
        }),
      );
      const url = URL.createObjectURL(new Blob([csv], { type: "text/csv" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = "verwijzingen.csv";
      link.click();
      URL.revokeObjectURL(url);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button appearance="secondary-action-button" busy={busy} onClick={() => void download()}>
        {t("monitor.csv")}
      </Button>
      {error !== undefined && <ProblemDisplay error={error} focus />}
    </>
  );
}

function MunicipalityProviders() {
  const { t } = useI18n();
  const { client } = useApi();
  const { municipality } = useIdentity();
  const providers = useQuery({
    queryKey: ["listProviders", { municipality, limit: 100 }],
    queryFn: ({ signal }) =>
      unwrap(client.GET("/providers", { params: { query: { ...(municipality && { municipality }), limit: 100 } }, signal })),
  });
  return (
    <section aria-labelledby="providers-heading">
      <Heading2 id="providers-heading">{t("monitor.providers")}</Heading2>
      {providers.isPending ? (
        <Loading>{t("monitor.providersLoading")}</Loading>
      ) : providers.isError ? (
        <ProblemDisplay error={providers.error} onRetry={() => void providers.refetch()} />
      ) : (
        <UnorderedList>
          {providers.data.items.map((p) => (
            <UnorderedListItem key={p.id}>
              {p.name}
              {!p.active && ` (${t("monitor.inactive")})`}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}

/** The council's monitor: referrals by month, theme, age band (youth against adults), outcome, time to acceptance. */
export default function MonitorScreens() {
  const i18n = useI18n();
  const { t } = i18n;
  const label = useEnumLabel();
  const themes = useThemes();
  useEffect(() => {
    document.title = t("monitor.documentTitle");
  }, [t]);
  const byMonth = useMemo(() => (f: Figures) => f.month ?? "?", []);
  const byTheme = useMemo(
    () => (f: Figures) => themeLabel(i18n, themes.data?.find((x) => x.slug === f.theme) ?? { slug: f.theme ?? "?", name: f.theme ?? "?" }),
    [i18n, themes.data],
  );
  const byBand = useMemo(() => (f: Figures) => f.ageBand ?? t("monitor.unknownAge"), [t]);
  const byStatus = useMemo(() => (f: Figures) => label("status", f.status ?? "?"), [label]);
  const count = useMemo(() => (f: Figures) => (f.suppressed ? null : f.count), []);
  const days = useMemo(() => (f: Figures) => (f.suppressed ? null : f.medianDaysToAccept), []);
  return (
    <>
      <Heading1>{t("monitor.heading")}</Heading1>
      <Paragraph>{t("monitor.intro")}</Paragraph>
      <PeriodFilter />
      <CsvDownload />
      <div className="welzijn-stats">
        <StatPanel id="stat-month" groupBy="month" title={t("monitor.byMonth")} label={byMonth} measure={count} />
        <StatPanel id="stat-theme" groupBy="theme" title={t("monitor.byTheme")} label={byTheme} measure={count} />
        <StatPanel id="stat-age" groupBy="ageBand" title={t("monitor.byAge")} label={byBand} measure={count} />
        <StatPanel id="stat-status" groupBy="status" title={t("monitor.byStatus")} label={byStatus} measure={count} />
        <StatPanel id="stat-accept" groupBy="month" title={t("monitor.timeToAccept")} label={byMonth} measure={days} />
      </div>
      <MunicipalityProviders />
      <Paragraph appearance="small">{t("monitor.youthBands", { bands: YOUTH_BANDS.join(", ") })}</Paragraph>
    </>
  );
}
