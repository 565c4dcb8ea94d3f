import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Link,
  Paragraph,
  StatusBadge,
} from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { useLocation, useParams } from "react-router";
import { useMunicipalities, useThemes } from "../../api/reference";
import type { components } from "../../api/schema";
import { Loading } from "../../components/Loading";
import { ProblemDisplay } from "../../components/ProblemDisplay";
import { RouterLink } from "../../components/RouterLink";
import { useI18n } from "../../i18n/context";
import { themeLabel } from "../../i18n/data";
import {
  addressLines,
  describeAges,
  describeCost,
  describePlaces,
  describeRecurrence,
  formatDate,
  formatDateTime,
  formatTimeRange,
  languageName,
} from "./describe";
import { filtersToParams } from "./filters";
import { useActivity, useProvider } from "./hooks";

type Activity = components["schemas"]["ActivityRead"];

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

function ProviderSection({ providerId, providerName }: Pick<Activity, "providerId" | "providerName">) {
  const { t } = useI18n();
  const provider = useProvider(providerId);
  const heading = <Heading2 id="provider-heading">{t("provider.heading", { name: providerName })}</Heading2>;
  if (provider.data === undefined) {
    return (
      <section aria-labelledby="provider-heading">
        {heading}
        {provider.isError ? (
          <ProblemDisplay error={provider.error} onRetry={() => void provider.refetch()} />
        ) : (
          <Loading>{t("provider.loading")}</Loading>
        )}
      </section>
    );
  }
  const { contact, description } = provider.data;
  return (
    <section aria-labelledby="provider-heading">
      {heading}
      {description && <Paragraph>{description}</Paragraph>}
      <DataList className="welzijn-facts">
        {contact.phone && (
          <Fact label={t("provider.phone")}>
            <Link href={`tel:${contact.phone}`}>{contact.phone}</Link>
          </Fact>
        )}
        {contact.email && (
          <Fact label={t("provider.email")}>
            <Link href={`mailto:${contact.email}`}>{contact.email}</Link>
          </Fact>
        )}
        {contact.website && (
          <Fact label={t("provider.website")}>
            <Link href={contact.website} external>
              {contact.website}
            </Link>
          </Fact>
        )}
      </DataList>
      <Paragraph>
        <RouterLink to={{ pathname: "/", search: filtersToParams({ providerId }).toString() }}>
          {t("provider.activities", { name: providerName })}
        </RouterLink>
      </Paragraph>
    </section>
  );
}

function ActivityDetails({ activity }: { activity: Activity }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const themes = useThemes();
  const municipalities = useMunicipalities();
  const themeName = (slug: string) => themeLabel(i18n, themes.data?.find((theme) => theme.slug === slug) ?? { slug, name: slug });
  const place = municipalities.data?.find((m) => m.code === activity.municipality)?.name ?? activity.municipality;
  const places = describePlaces(i18n, activity);
  const { schedule } = activity;

  return (
    <>
      <title>{t("activity.documentTitle", { title: activity.title })}</title>
      <Heading1>{activity.title}</Heading1>
      {activity.description && <Paragraph appearance="lead">{activity.description}</Paragraph>}
      <DataList className="welzijn-facts">
        <Fact label={t("activity.next")}>
          {activity.nextOccurrence ? (
            <time dateTime={activity.nextOccurrence}>{formatDateTime(language, activity.nextOccurrence)}</time>
          ) : (
            t("activity.noNext")
          )}
        </Fact>
        <Fact label={t("activity.schedule")}>{describeRecurrence(i18n, schedule)}</Fact>
        <Fact label={t("activity.time")}>{formatTimeRange(language, schedule.startsAt, schedule.endsAt)}</Fact>
        <Fact label={t("activity.firstTime")}>
          <time dateTime={schedule.startsAt}>{formatDate(language, schedule.startsAt)}</time>
        </Fact>
        <Fact label={t("activity.where")}>
          {activity.location ? (
            <address className="welzijn-address">
              {addressLines(activity.location).map((line) => (
                <span key={line}>{line}</span>
              ))}
            </address>
          ) : (
            t("activity.noLocation")
          )}
        </Fact>
        <Fact label={t("activity.municipality")}>{place}</Fact>
        <Fact label={t("activity.forWhom")}>{describeAges(i18n, activity.minimumAge, activity.maximumAge)}</Fact>
        <Fact label={t("activity.cost")}>{describeCost(i18n, activity.cost)}</Fact>
        <Fact label={t("activity.places")}>
          <StatusBadge status={places.status}>{places.text}</StatusBadge>
        </Fact>
        <Fact label={t("activity.registration")}>
          {activity.registrationRequired ? t("activity.registration.required") : t("activity.registration.open")}
        </Fact>
        <Fact label={t("activity.languages")}>
          {new Intl.ListFormat(language).format(activity.languages.map((code) => languageName(language, code)))}
        </Fact>
        {activity.accessibility && <Fact label={t("activity.accessibility")}>{activity.accessibility}</Fact>}
        <Fact label={t("activity.themes")}>{new Intl.ListFormat(language).format(activity.themes.map(themeName))}</Fact>
      </DataList>
      <ProviderSection providerId={activity.providerId} providerName={activity.providerName} />
    </>
  );
}

/** An activity's own page: schedule, address (no map), provider; shareable by its URL. */
export function ActivityScreen() {
  const { t } = useI18n();
  const { activityId = "" } = useParams();
  const state: unknown = useLocation().state;
  const activity = useActivity(activityId);
  const back = typeof state === "object" && state !== null && "search" in state ? String(state.search) : "";

  return (
    <>
      <Paragraph>
        <RouterLink to={{ pathname: "/", search: back }}>{t("activity.back")}</RouterLink>
      </Paragraph>
      {activity.data ? (
        <ActivityDetails activity={activity.data} />
      ) : activity.isError ? (
        <>
          <title>{t("activity.documentTitle", { title: t("problem.notFound") })}</title>
          <Heading1>{t("activity.unavailable")}</Heading1>
          <ProblemDisplay error={activity.error} onRetry={() => void activity.refetch()} />
        </>
      ) : (
        <Loading>{t("activity.loading")}</Loading>
      )}
    </>
  );
}
