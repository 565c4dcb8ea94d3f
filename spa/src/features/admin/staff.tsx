import {
  Alert,
  Button,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useMemo, useState, type ReactNode } from "react";
import { useApi } from "../../api/context";
import { unwrap } from "../../api/problem";
import type { components } from "../../api/schema";
import { useFocusOnMount } from "../../components/focus";
import { Loading } from "../../components/Loading";
import { ProblemDisplay } from "../../components/ProblemDisplay";
import { useI18n } from "../../i18n/context";
import { useMe } from "../../session/me";

type StaffPage = components["schemas"]["StaffUserPage"] | components["schemas"]["StaffClientPage"];

/** A keyset-paginated staff list (users or clients); "more" follows nextCursor. */
export function useStaffList<P extends StaffPage>(key: string, read: (cursor: string | undefined, signal: AbortSignal) => Promise<P>) {
  const list = useInfiniteQuery({
    queryKey: [key],
    queryFn: ({ pageParam, signal }) => read(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items: P["items"][number][] = list.data?.pages.flatMap((p): P["items"][number][] => p.items) ?? [];
  return { list, items };
}

/**
 * Organisation names by id, as far as the API tells them: the caller's own (/me) and every
 * provider's (a provider's id is its organisation's). Others show their id.
 */
export function useOrganisationName(): (organisationId: string) => string {
  const { client } = useApi();
  const me = useMe();
  const providers = useQuery({
    queryKey: ["listProviders", { limit: 100 }],
    queryFn: ({ signal }) => unwrap(client.GET("/providers", { params: { query: { limit: 100 } }, signal })),
  });
  const names = useMemo(() => {
    const known = new Map((providers.data?.items ?? []).map((p) => [p.id, p.name]));
    if (me.data) known.set(me.data.organisation.id, me.data.organisation.name);
    return known;
  }, [providers.data, me.data]);
  return (id) => names.get(id) ?? id;
}

/** A password or secret the API answers once: focused when shown, with a copy button and why to copy now
 * (keyed by the value, so each new one starts afresh). */
export function OneTimeSecret({ heading, value }: { heading: string; value: string }) {
  const { t } = useI18n();
  const ref = useFocusOnMount<HTMLDivElement>();
  const [copied, setCopied] = useState<"yes" | "no" | undefined>();
  const copy = () => {
    navigator.clipboard.writeText(value).then(
      () => setCopied("yes"),
      () => setCopied("no"),
    );
  };
  return (
    <div ref={ref} tabIndex={-1} className="welzijn-secret" role="region" aria-label={heading}>
      <Alert type="ok">
        <Heading2>{heading}</Heading2>
        <Paragraph>
          <code data-testid="one-time-secret">{value}</code>
        </Paragraph>
        <Paragraph>{t("staff.copyHint")}</Paragraph>
        <Button appearance="secondary-action-button" onClick={copy}>
          {t("staff.copy")}
        </Button>
        <Paragraph role="status">{copied === "yes" ? t("staff.copied") : copied === "no" ? t("staff.copyFailed") : ""}</Paragraph>
      </Alert>
    </div>
  );
}

/** What the last action on a list left to show: a message, and a password or secret shown once. */
export type Outcome = { message: string; secret?: string };

/** The last action's outcome in words: its error, the secret it answered, or a status message. */
export function OutcomeDisplay({ outcome, error, onRetry }: { outcome: Outcome | undefined; error: unknown; onRetry: () => void }) {
  if (error) return <ProblemDisplay error={error} onRetry={onRetry} focus />;
  if (outcome?.secret !== undefined) return <OneTimeSecret key={outcome.secret} heading={outcome.message} value={outcome.secret} />;
  return <Paragraph role="status">{outcome?.message ?? ""}</Paragraph>;
}

/** A button in a table row: it shows the action, and tells assistive tech whose row it acts on. */
export function RowButton({ action, row, busy, subtle = false, onClick }: {
  action: string;
  row: string;
  busy: boolean;
  subtle?: boolean;
  onClick: () => void;
}) {
  const { t } = useI18n();
  return (
    <Button
      appearance={subtle ? "subtle-button" : "secondary-action-button"}
      aria-label={t("staff.rowAction", { action, row })}
      busy={busy}
      onClick={onClick}
    >
      {action}
    </Button>
  );
}

type ListState = {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  refetch: () => unknown;
  fetchNextPage: () => unknown;
};

/** A staff list's section: loading, its problem in words, or the table (columns, rows) and "more". */
export function StaffTable({ id, heading, caption, loading, list, columns, children }: {
  id: string;
  heading: string;
  caption: string;
  loading: string;
  list: ListState;
  columns: readonly string[];
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={id}>
      <Heading2 id={id}>{heading}</Heading2>
      {list.isPending ? (
        <Loading>{loading}</Loading>
      ) : list.isError ? (
        <ProblemDisplay error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <Table className="welzijn-table">
            <TableCaption>{caption}</TableCaption>
            <TableHeader>
              <TableRow>
                {columns.map((column) => (
                  <TableHeaderCell key={column} scope="col">
                    {column}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>{children}</TableBody>
          </Table>
          {list.hasNextPage && (
            <Button appearance="secondary-action-button" busy={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
              {t("staff.more")}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

/** "Actief" or "Gedeactiveerd". */
export function ActiveLabel({ active }: { active: boolean }) {
  const { t } = useI18n();
  return <>{active ? t("staff.active") : t("staff.inactive")}</>;
}
