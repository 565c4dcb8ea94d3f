import {
  Button,
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { filtersFrom, searchFrom } from "../../components/formData";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, type SubmitEvent } from "react";
import { useSearchParams } from "react-router";
import { useApi } from "../../api/context";
import { unwrap } from "../../api/problem";
import type { operations } from "../../api/schema";
import { TextField } from "../../components/fields";
import { Loading } from "../../components/Loading";
import { ProblemContext } from "../../components/problems";
import { ProblemDisplay } from "../../components/ProblemDisplay";
import { useI18n } from "../../i18n/context";
import { AdminNav } from "./AdminNav";

type AuditQuery = NonNullable<operations["listAuditEvents"]["parameters"]["query"]>;
const FILTERS = ["actor", "action", "resourceType", "resourceId", "from", "until"] as const;

/** The audit trail, newest first as the API pages it, filtered by the URL's query string. */
export function AuditScreen() {
  const { t, language } = useI18n();
  const { client } = useApi();
  const [params, setParams] = useSearchParams();
  const query: AuditQuery = filtersFrom(params, FILTERS);
  const events = useInfiniteQuery({
    queryKey: ["listAuditEvents", query],
    queryFn: ({ pageParam, signal }) =>
      unwrap(client.GET("/audit-events", { params: { query: { ...query, limit: 50, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  useEffect(() => {
    document.title = t("audit.documentTitle");
  }, [t]);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams(searchFrom(event.currentTarget, FILTERS));
  };
  const labels = {
    actor: t("audit.actor"),
    action: t("audit.action"),
    resourceType: t("audit.resourceType"),
    resourceId: t("audit.resourceId"),
    from: t("audit.from"),
    until: t("audit.until"),
  };
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <AdminNav />
      <Heading1>{t("audit.heading")}</Heading1>
      <Paragraph>{t("audit.intro")}</Paragraph>
      <ProblemContext.Provider value={events.error}>
        <form key={params.toString()} className="welzijn-filters" onSubmit={submit} aria-label={t("audit.filters")}>
          {FILTERS.map((name) => (
            <TextField
              key={name}
              location={name}
              name={name}
              label={labels[name]}
              type={name === "from" || name === "until" ? "datetime-local" : "text"}
              defaultValue={params.get(name) ?? ""}
            />
          ))}
          <Button type="submit" appearance="primary-action-button">
            {t("audit.apply")}
          </Button>
        </form>
      </ProblemContext.Provider>
      {events.isPending ? (
        <Loading>{t("audit.loading")}</Loading>
      ) : events.isError ? (
        <ProblemDisplay error={events.error} fields={labels} onRetry={() => void events.refetch()} />
      ) : items.length === 0 ? (
        <Paragraph>{t("audit.none")}</Paragraph>
      ) : (
        <>
          <Table className="welzijn-table">
            <TableCaption>{t("audit.caption")}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("audit.when")}</TableHeaderCell>
                <TableHeaderCell scope="col">{labels.actor}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("audit.role")}</TableHeaderCell>
                <TableHeaderCell scope="col">{labels.action}</TableHeaderCell>
                <TableHeaderCell scope="col">{labels.resourceType}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("audit.result")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((e) => (
                <TableRow key={e.id}>
                  <TableCell>{new Date(e.occurredAt).toLocaleString(language === "nl" ? "nl-NL" : "en-GB")}</TableCell>
                  <TableCell>{e.actorId ?? e.actorType}</TableCell>
                  <TableCell>{e.role ?? "–"}</TableCell>
                  <TableCell>{e.action}</TableCell>
                  <TableCell>
                    {e.resourceType}
                    {e.resourceIds.length > 0 && ` (${e.resourceIds.length})`}
                  </TableCell>
                  <TableCell>{e.result}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {events.hasNextPage && (
            <Button appearance="secondary-action-button" busy={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
              {t("audit.more")}
            </Button>
          )}
        </>
      )}
    </>
  );
}
