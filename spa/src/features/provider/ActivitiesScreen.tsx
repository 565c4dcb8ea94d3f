import {
  Button,
  ButtonGroup,
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
} from "@utrecht/component-library-react";
import { formText } from "../../components/formData";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useNavigate, useParams } from "react-router";
import { useApi } from "../../api/context";
import { ApiError, unwrap } from "../../api/problem";
import { useMunicipalities, useThemes } from "../../api/reference";
import type { components } from "../../api/schema";
import { CheckboxField, CheckboxGroup, SelectField, TextareaField, TextField } from "../../components/fields";
import { useFocusOnMount } from "../../components/focus";
import { Loading } from "../../components/Loading";
import { ProblemContext } from "../../components/problems";
import { ProblemDisplay } from "../../components/ProblemDisplay";
import { useEnumLabel } from "../../components/referral";
import { RouterLink } from "../../components/RouterLink";
import { useI18n } from "../../i18n/context";
import { themeLabel } from "../../i18n/data";
import { useIdentity } from "../../session/context";

type Activity = components["schemas"]["ActivityRead"];
type NewActivity = components["schemas"]["ActivityCreate"];
type ActivityState = components["schemas"]["ActivityStatus"];
const STATUSES: readonly ActivityState[] = ["draft", "published", "cancelled", "archived"];

/** The provider's own activities, drafts included, by title. */
export function ActivitiesScreen() {
  const { t } = useI18n();
  const label = useEnumLabel();
  const { client } = useApi();
  const { organisation } = useIdentity();
  const activities = useQuery({
    queryKey: ["searchActivities", { providerId: organisation, sort: "title", limit: 100 }],
    queryFn: ({ signal }) =>
      unwrap(client.GET("/activities", { params: { query: { providerId: organisation, sort: "title", limit: 100 } }, signal })),
  });
  useEffect(() => {
    document.title = t("activities.documentTitle");
  }, [t]);
  return (
    <>
      <Heading1>{t("provider.ownActivities")}</Heading1>
      <Paragraph>
        <RouterLink to="/aanbieder/activiteiten/nieuw">{t("activities.new")}</RouterLink>
      </Paragraph>
      {activities.isPending ? (
        <Loading>{t("activities.loading")}</Loading>
      ) : activities.isError ? (
        <ProblemDisplay error={activities.error} onRetry={() => void activities.refetch()} />
      ) : (
        <Table>
          <TableCaption>{t("activities.caption")}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("activity.title")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("activity.status")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("activity.places")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {activities.data.items.map((a) => (
              <TableRow key={a.id}>
                <TableCell>
                  <RouterLink to={`/aanbieder/activiteiten/${a.id}`}>{a.title}</RouterLink>
                </TableCell>
                <TableCell>{label("activityStatus", a.status)}</TableCell>
                <TableCell>{a.capacity === null ? t("activity.unlimited") : `${a.placesLeft ?? 0} / ${a.capacity}`}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}

function toLocal(iso: string): string {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** The activity with the ETag its answer carried, for If-Match. */
function useActivityWithTag(activityId: string | undefined) {
  const { client } = useApi();
  return useQuery({
    queryKey: ["getActivity", activityId, "etag"],
    enabled: activityId !== undefined,
    queryFn: async ({ signal }) => {
      const result = await client.GET("/activities/{activityId}", { params: { path: { activityId: activityId ?? "" } }, signal });
      const activity = await unwrap(Promise.resolve(result));
      return { activity, etag: result.response.headers.get("ETag") ?? "" };
    },
  });
}

function Registrations({ activityId }: { activityId: string }) {
  const { t } = useI18n();
  const label = useEnumLabel();
  const { client } = useApi();
  const registrations = useQuery({
    queryKey: ["listRegistrations", activityId],
    queryFn: ({ signal }) =>
      unwrap(
        client.GET("/activities/{activityId}/registrations", { params: { path: { activityId }, query: { limit: 100 } }, signal }),
      ),
  });
  if (registrations.isPending) return <Loading>{t("registrations.loading")}</Loading>;
  if (registrations.isError) return <ProblemDisplay error={registrations.error} />;
  const items = [...registrations.data.items].sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  return (
    <section aria-labelledby="registrations-heading">
      <Heading2 id="registrations-heading">{t("registrations.heading")}</Heading2>
      {items.length === 0 ? (
        <Paragraph>{t("registrations.none")}</Paragraph>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("registrations.since")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("registrations.status")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("registrations.position")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{new Date(r.createdAt).toLocaleDateString("nl-NL")}</TableCell>
                <TableCell>{label("registrationStatus", r.status)}</TableCell>
                <TableCell>{r.waitlistPosition ?? "–"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

/**
 * What the last save or reload did, in words. It takes focus: after either the form is a new one
 * (its key is the ETag) without the button a keyboard user pressed, and focus would fall to the
 * page's start.
 */
function Outcome({ children }: { children: ReactNode }) {
  const ref = useFocusOnMount<HTMLParagraphElement>();
  return (
    <Paragraph ref={ref} tabIndex={-1} role="status" className="welzijn-outcome">
      {children}
    </Paragraph>
  );
}

/** Create an activity, or edit one with If-Match (a 412 offers to reload); publish in one step. */
export function ActivityEditScreen() {
  const i18n = useI18n();
  const { t } = i18n;
  const { activityId } = useParams();
  const { client } = useApi();
  const { organisation } = useIdentity();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const themes = useThemes();
  const municipalities = useMunicipalities();
  const current = useActivityWithTag(activityId);
  const activity: Activity | undefined = current.data?.activity;
  const formRef = useRef<HTMLFormElement>(null);
  const [reloaded, setReloaded] = useState(false);

  const save = useMutation({
    mutationFn: async (body: NewActivity) => {
      if (activityId === undefined) return unwrap(client.POST("/activities", { body }));
      const { providerId: _provider, ...changes } = body;
      return unwrap(
        client.PATCH("/activities/{activityId}", {
          params: { path: { activityId }, header: { "If-Match": current.data?.etag ?? "" } },
          body: changes,
        }),
      );
    },
    onSuccess: async (saved) => {
      await queries.invalidateQueries({ queryKey: ["getActivity", saved.id] });
      await queries.invalidateQueries({ queryKey: ["searchActivities"] });
      if (activityId === undefined) void navigate(`/aanbieder/activiteiten/${saved.id}`, { replace: true });
    },
  });

  useEffect(() => {
    document.title = activity ? t("activityForm.editTitle", { title: activity.title }) : t("activityForm.newTitle");
  }, [t, activity]);

  if (activityId !== undefined && current.isPending) return <Loading>{t("activity.loading")}</Loading>;
  if (current.isError) return <ProblemDisplay error={current.error} onRetry={() => void current.refetch()} />;

  const submit = (element: HTMLFormElement, status?: ActivityState) => {
    const form = new FormData(element);
    const value = (name: string) => formText(form, name);
    const when = (name: string) => (value(name) === "" ? "" : new Date(value(name)).toISOString());
    const capacity = value("capacity");
    setReloaded(false);
    save.mutate({
      title: value("title"),
      description: value("description"),
      providerId: organisation,
      municipality: value("municipality"),
      themes: form.getAll("/themes").map(String),
      schedule: { startsAt: when("startsAt"), endsAt: when("endsAt"), recurrence: value("recurrence") || null },
      capacity: capacity === "" ? null : Number(capacity),
      registrationRequired: form.get("registrationRequired") !== null,
      accessibility: activity?.accessibility ?? "",
      status: status ?? (value("status") as ActivityState),
    });
  };
  const reload = async () => {
    save.reset();
    if ((await current.refetch()).isSuccess) setReloaded(true);
  };
  const conflict = save.error instanceof ApiError && save.error.status === 412;
  const fields = {
    "/title": t("activity.title"),
    "/municipality": t("activityForm.municipality"),
    "/themes": t("activityForm.themes"),
    "/schedule/startsAt": t("activityForm.startsAt"),
    "/schedule/endsAt": t("activityForm.endsAt"),
    "/schedule/recurrence": t("activityForm.recurrence"),
    "/capacity": t("activityForm.capacity"),
  };
  return (
    <>
      <RouterLink to="/aanbieder/activiteiten">{t("activities.back")}</RouterLink>
      <Heading1>{activity?.title ?? t("activityForm.newTitle")}</Heading1>
      {save.isSuccess ? (
        <Outcome key="saved">{t("activityForm.saved")}</Outcome>
      ) : (
        reloaded && <Outcome key="reloaded">{t("activityForm.reloaded")}</Outcome>
      )}
      <ProblemContext.Provider value={save.error}>
        {/* A new key after reloading: the fields show what the server has now. */}
        <form
          ref={formRef}
          key={current.data?.etag ?? "new"}
          className="welzijn-form"
          onSubmit={(e) => {
            e.preventDefault();
            submit(e.currentTarget);
          }} aria-label={t("activityForm.label")} noValidate>
          {save.isError && <ProblemDisplay error={save.error} fields={fields} onReload={conflict ? () => void reload() : undefined} focus />}
          <TextField location="/title" name="title" label={fields["/title"]} defaultValue={activity?.title ?? ""} />
          <TextareaField location="/description" name="description" label={t("activityForm.description")} rows={3} defaultValue={activity?.description ?? ""} />
          <SelectField location="/municipality" name="municipality" label={fields["/municipality"]} defaultValue={activity?.municipality ?? ""}>
            <option value="">{t("resident.chooseMunicipality")}</option>
            {(municipalities.data ?? []).map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </SelectField>
          <CheckboxGroup
            location="/themes"
            legend={fields["/themes"]}
            checked={activity?.themes ?? []}
            options={(themes.data ?? []).map((theme) => ({ value: theme.slug, label: themeLabel(i18n, theme) }))}
          />
          <TextField location="/schedule/startsAt" name="startsAt" type="datetime-local" label={fields["/schedule/startsAt"]} defaultValue={activity ? toLocal(activity.schedule.startsAt) : ""} />
          <TextField location="/schedule/endsAt" name="endsAt" type="datetime-local" label={fields["/schedule/endsAt"]} defaultValue={activity ? toLocal(activity.schedule.endsAt) : ""} />
          <TextField location="/schedule/recurrence" name="recurrence" label={fields["/schedule/recurrence"]} description={t("activityForm.recurrenceHint")} defaultValue={activity?.schedule.recurrence ?? ""} />
          <TextField location="/capacity" name="capacity" inputMode="numeric" label={fields["/capacity"]} description={t("activityForm.capacityHint")} defaultValue={activity?.capacity?.toString() ?? ""} />
          <CheckboxField location="/registrationRequired" name="registrationRequired" label={t("activityForm.registrationRequired")} defaultChecked={activity?.registrationRequired ?? true} />
          <SelectField location="/status" name="status" label={t("activity.status")} defaultValue={activity?.status ?? "draft"}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`activityStatus.${s}`)}
              </option>
            ))}
          </SelectField>
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={save.isPending}>
              {t("activityForm.save")}
            </Button>
            {activity?.status === "draft" && (
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => formRef.current && submit(formRef.current, "published")}
              >
                {t("activityForm.publish")}
              </Button>
            )}
          </ButtonGroup>
        </form>
      </ProblemContext.Provider>
      {activityId !== undefined && <Registrations activityId={activityId} />}
    </>
  );
}
