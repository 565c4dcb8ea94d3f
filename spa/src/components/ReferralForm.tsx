import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { formText } from "./formData";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState, type SubmitEvent } from "react";
import { useApi } from "../api/context";
import { unwrap } from "../api/problem";
import { useThemes } from "../api/reference";
import { ageOn, type Referral } from "../api/referrals";
import type { components } from "../api/schema";
import { useI18n } from "../i18n/context";
import { themeLabel } from "../i18n/data";
import { CheckboxGroup, RadioGroup, SelectField, TextareaField, TextField } from "./fields";
import { ProblemContext } from "./problems";
import { ProblemDisplay } from "./ProblemDisplay";

type NewReferral = components["schemas"]["ReferralCreate"];
type Giver = components["schemas"]["ConsentGiver"];
type Method = components["schemas"]["ConsentMethod"];
type UrgencyLevel = components["schemas"]["Urgency"];

/** Below this age a parent or guardian gives consent (UAVG art. 5). */
export const CONSENT_AGE = 16;

const GIVERS: readonly Giver[] = ["resident", "guardian"];
const METHODS: readonly Method[] = ["verbal", "written", "digital"];
const URGENCIES: readonly UrgencyLevel[] = ["normal", "urgent"];

function localNow(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

function useProviderChoices() {
  const { client } = useApi();
  return useQuery({
    queryKey: ["listProviders", { limit: 100 }],
    queryFn: ({ signal }) => unwrap(client.GET("/providers", { params: { query: { limit: 100 } }, signal })),
  });
}

function useActivityChoices(providerId: string) {
  const { client } = useApi();
  return useQuery({
    queryKey: ["searchActivities", { providerId, limit: 100 }],
    queryFn: ({ signal }) => unwrap(client.GET("/activities", { params: { query: { providerId, limit: 100 } }, signal })),
    enabled: providerId !== "",
  });
}

/**
 * A referral of one resident to a provider or one of its activities, with the consent that
 * allows it. With `previous`, a forward: the new referral points to it, and the API rejects
 * it with `referred-elsewhere` in the same step.
 */
export function ReferralForm({ residentId, birthDate, previous, onSent }: {
  residentId: string;
  birthDate: string | null | undefined;
  previous?: Referral;
  onSent: (referral: Referral) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { client } = useApi();
  const queries = useQueryClient();
  const themes = useThemes();
  const providers = useProviderChoices();
  const [providerId, setProviderId] = useState("");
  const activities = useActivityChoices(providerId);
  const minor = birthDate ? ageOn(birthDate, new Date()) < CONSENT_AGE : false;
  const [givenBy, setGivenBy] = useState<Giver>(previous?.consent.givenBy ?? (minor ? "guardian" : "resident"));
  // One key per filled-in referral (a quoted string, as the API asks): a retry after a lost
  // answer replays, never sends twice.
  const idempotencyKey = useMemo(() => `"${crypto.randomUUID()}"`, []);

  const send = useMutation({
    mutationFn: (body: NewReferral) =>
      unwrap(client.POST("/referrals", { body, params: { header: { "Idempotency-Key": idempotencyKey } } })),
    onSuccess: async (referral) => {
      await queries.invalidateQueries({ queryKey: ["listReferrals"] });
      // A forward closes the previous referral (referred-elsewhere) in the same step.
      if (previous) await queries.invalidateQueries({ queryKey: ["getReferral", previous.id] });
      onSent(referral);
    },
  });

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => formText(form, name);
    const optional = (name: string) => value(name) || null;
    const givenAt = value("givenAt");
    send.mutate({
      residentId,
      providerId: value("providerId"),
      activityId: optional("activityId"),
      themes: form.getAll("/themes").map(String),
      reason: value("reason"),
      urgency: value("urgency") as UrgencyLevel,
      contactPerson: { name: value("contactName"), phone: optional("contactPhone"), email: optional("contactEmail") },
      consent: {
        givenBy,
        method: value("method") as Method,
        givenAt: givenAt === "" ? "" : new Date(givenAt).toISOString(),
      },
      ...(previous && { previousReferralId: previous.id }),
    });
  };

  const fields = {
    "/providerId": t("referralForm.provider"),
    "/activityId": t("referralForm.activity"),
    "/themes": t("referralForm.themes"),
    "/reason": t("referralForm.reason"),
    "/contactPerson/name": t("referralForm.contactName"),
    "/contactPerson/phone": t("referralForm.contactPhone"),
    "/contactPerson/email": t("referralForm.contactEmail"),
    "/consent/givenBy": t("referralForm.givenBy"),
    "/consent/method": t("referralForm.method"),
    "/consent/givenAt": t("referralForm.givenAt"),
  };

  return (
    <ProblemContext.Provider value={send.error}>
      <form onSubmit={submit} className="welzijn-form" aria-labelledby="referral-form-heading" noValidate>
        <Heading2 id="referral-form-heading">{t(previous ? "referralForm.forwardHeading" : "referralForm.heading")}</Heading2>
        {send.isError && <ProblemDisplay error={send.error} fields={fields} focus />}
        <SelectField
          location="/providerId"
          name="providerId"
          label={fields["/providerId"]}
          value={providerId}
          onChange={(e) => setProviderId(e.currentTarget.value)}
        >
          <option value="">{t("referralForm.chooseProvider")}</option>
          {(providers.data?.items ?? [])
            .filter((p) => p.id !== previous?.providerId)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </SelectField>
        <SelectField location="/activityId" name="activityId" label={fields["/activityId"]} description={t("referralForm.activityHint")} disabled={providerId === ""}>
          <option value="">{t("referralForm.noActivity")}</option>
          {(activities.data?.items ?? []).map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </SelectField>
        <CheckboxGroup
          location="/themes"
          legend={fields["/themes"]}
          checked={previous?.themes ?? []}
          options={(themes.data ?? []).map((theme) => ({ value: theme.slug, label: themeLabel(i18n, theme) }))}
        />
        <TextareaField location="/reason" name="reason" label={fields["/reason"]} description={t("referralForm.reasonHint")} rows={3} defaultValue={previous?.reason ?? ""} />
        <SelectField location="/urgency" name="urgency" label={t("referralForm.urgency")} defaultValue={previous?.urgency ?? "normal"}>
          {URGENCIES.map((u) => (
            <option key={u} value={u}>
              {t(`urgency.${u}`)}
            </option>
          ))}
        </SelectField>
        <TextField location="/contactPerson/name" name="contactName" label={fields["/contactPerson/name"]} autoComplete="name" />
        <TextField location="/contactPerson/phone" name="contactPhone" type="tel" label={fields["/contactPerson/phone"]} autoComplete="tel" />
        <TextField location="/contactPerson/email" name="contactEmail" type="email" label={fields["/contactPerson/email"]} autoComplete="email" />
        <Heading2>{t("referralForm.consentHeading")}</Heading2>
        {minor && <Paragraph>{t("referralForm.minor", { age: CONSENT_AGE })}</Paragraph>}
        <RadioGroup
          location="/consent/givenBy"
          legend={fields["/consent/givenBy"]}
          value={givenBy}
          onChange={(v) => setGivenBy(v as Giver)}
          options={GIVERS.filter((g) => !minor || g === "guardian").map((g) => ({ value: g, label: t(`consent.${g}`) }))}
        />
        <SelectField location="/consent/method" name="method" label={fields["/consent/method"]} defaultValue={previous?.consent.method ?? "verbal"}>
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`consentMethod.${m}`)}
            </option>
          ))}
        </SelectField>
        <TextField location="/consent/givenAt" name="givenAt" type="datetime-local" label={fields["/consent/givenAt"]} defaultValue={localNow()} />
        <Button type="submit" appearance="primary-action-button" busy={send.isPending}>
          {t(previous ? "referralForm.forward" : "referralForm.send")}
        </Button>
      </form>
    </ProblemContext.Provider>
  );
}
