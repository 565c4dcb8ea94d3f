import { Button, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useRef } from "react";
import { Loading } from "../../components/Loading";
import { ProblemDisplay } from "../../components/ProblemDisplay";
import { useI18n } from "../../i18n/context";
import { ActivityCard } from "./ActivityCard";
import type { useActivitySearch } from "./hooks";
import { FIRST_RESULTS_MARK } from "./marks";

type ResultsProps = {
  search: ReturnType<typeof useActivitySearch>;
  fields: Readonly<Record<string, string>>;
  placeName: (code: string) => string;
  /** The current query string, so that an activity page can lead back to this search. */
  searchString: string;
};

export function Results({ search, fields, placeName, searchString }: ResultsProps) {
  const { t, plural } = useI18n();
  const list = useRef<HTMLUListElement>(null);
  /** How many results were shown when the reader asked for more: focus goes to the next one. */
  const focusFrom = useRef<number | null>(null);
  const items = search.data?.pages.flatMap((page) => page.items) ?? [];

  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || items.length <= from) return;
    focusFrom.current = null;
    list.current?.querySelectorAll<HTMLAnchorElement>("h3 a")[from]?.focus();
  }, [items.length]);

  useEffect(() => {
    if (search.data !== undefined && performance.getEntriesByName(FIRST_RESULTS_MARK).length === 0) {
      performance.mark(FIRST_RESULTS_MARK);
    }
  }, [search.data]);

  if (search.data === undefined) {
    return search.isError ? (
      <ProblemDisplay error={search.error} fields={fields} onRetry={() => void search.refetch()} focus />
    ) : (
      <Loading>{t("results.loading")}</Loading>
    );
  }

  const loadMore = () => {
    // Keyboard users go on where the new results begin.
    focusFrom.current = items.length;
    void search.fetchNextPage();
  };

  return (
    <>
      <Paragraph role="status">
        {items.length === 0
          ? t("results.none")
          : plural(search.hasNextPage ? "results.countMore" : "results.count", items.length)}
      </Paragraph>
      {items.length > 0 && (
        <ul ref={list} className="welzijn-cards">
          {items.map((activity) => (
            <li key={activity.id}>
              <ActivityCard activity={activity} place={placeName(activity.municipality)} search={searchString} />
            </li>
          ))}
        </ul>
      )}
      {search.isFetchNextPageError && <ProblemDisplay error={search.error} onRetry={loadMore} />}
      {search.hasNextPage && (
        <Button
          appearance="secondary-action-button"
          busy={search.isFetchingNextPage}
          aria-disabled={search.isFetchingNextPage || undefined}
          onClick={() => {
            if (!search.isFetchingNextPage) loadMore();
          }}
        >
          {search.isFetchingNextPage ? t("results.loadingMore") : t("results.loadMore")}
        </Button>
      )}
    </>
  );
}
