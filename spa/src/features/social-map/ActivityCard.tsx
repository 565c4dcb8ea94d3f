import { DataList, DataListItem, DataListKey, DataListValue, Heading3, Paragraph, StatusBadge } from "@utrecht/component-library-react";
import type { components } from "../../api/schema";
import { RouterLink } from "../../components/RouterLink";
import { useI18n } from "../../i18n/context";
import { describeAges, describeCost, describePlaces, formatDateTime } from "./describe";

type Activity = components["schemas"]["ActivityRead"];

/** One search result: what, by whom, when next, places and cost. */
export function ActivityCard({ activity, place, search }: { activity: Activity; place: string; search: string }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const places = describePlaces(i18n, activity);
  return (
    <article className="welzijn-card" aria-labelledby={`activity-${activity.id}`}>
      <Heading3 id={`activity-${activity.id}`}>
        <RouterLink to={`/activiteiten/${activity.id}`} state={{ search }}>
          {activity.title}
        </RouterLink>
      </Heading3>
      <Paragraph appearance="small">{t("activity.byIn", { provider: activity.providerName, place })}</Paragraph>
      <DataList className="welzijn-facts">
        <DataListItem>
          <DataListKey>{t("activity.next")}</DataListKey>
          <DataListValue>
            {activity.nextOccurrence ? (
              <time dateTime={activity.nextOccurrence}>{formatDateTime(language, activity.nextOccurrence)}</time>
            ) : (
              t("activity.noNext")
            )}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t("activity.places")}</DataListKey>
          <DataListValue>
            <StatusBadge status={places.status}>{places.text}</StatusBadge>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t("activity.cost")}</DataListKey>
          <DataListValue>{describeCost(i18n, activity.cost)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t("activity.forWhom")}</DataListKey>
          <DataListValue>{describeAges(i18n, activity.minimumAge, activity.maximumAge)}</DataListValue>
        </DataListItem>
      </DataList>
    </article>
  );
}
