import { Alert, Button, ButtonGroup, Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { formText } from "../../components/formData";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState, type SubmitEvent } from "react";
import { useNavigate } from "react-router";
import { useApi } from "../../api/context";
import { unwrap } from "../../api/problem";
import type { Referral } from "../../api/referrals";
import { useMunicipalities } from "../../api/reference";
import type { components } from "../../api/schema";
import { SelectField, TextField } from "../../components/fields";
import { useFocusOnMount } from "../../components/focus";
import { ProblemContext } from "../../components/problems";
import { ProblemDisplay } from "../../components/ProblemDisplay";
import { RouterLink } from "../../components/RouterLink";
import { useI18n } from "../../i18n/context";
import { ReferralForm } from "../../components/ReferralForm";

type Resident = components["schemas"]["ResidentRead"];
type SearchTerms = components["schemas"]["ResidentSearch"];
type NewResident = components["schemas"]["ResidentCreate"];

function text(form: FormData, name: string): string | undefined {
  const value = formText(form, name);
  return value === "" ? undefined : value;
}

export function fullName(r: Pick<Resident, "givenName" | "familyNamePrefix" | "familyName">): string {
  return [r.givenName, r.familyNamePrefix, r.familyName].filter(Boolean).join(" ");
}

function useResidentSearch() {
  const { client } = useApi();
  return useMutation({
    mutationFn: (body: SearchTerms) =>
      unwrap(client.POST("/residents/_search", { body, params: { query: { limit: 20 } } })).then((p) => p.items),
  });
}

/** Residents as choices: each one a button that picks it. */
function ResidentChoices({ residents, onChoose }: { residents: readonly Resident[]; onChoose: (r: Resident) => void }) {
  const { t } = useI18n();
  return (
    <UnorderedList>
      {residents.map((r) => (
        <UnorderedListItem key={r.id}>
          {fullName(r)}
          {r.birthDate && `, ${t("resident.born", { date: r.birthDate })}`}{" "}
          <Button appearance="secondary-action-button" onClick={() => onChoose(r)}>
            {t("resident.choose", { name: fullName(r) })}
          </Button>
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

function FindResident({ onChoose, onRegister }: { onChoose: (r: Resident) => void; onRegister: () => void }) {
  const { t } = useI18n();
  const search = useResidentSearch();
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    search.mutate({ familyName: text(form, "familyName"), birthDate: text(form, "birthDate"), postcode: text(form, "postcode") });
  };
  return (
    <section aria-labelledby="find-heading">
      <Heading2 id="find-heading">{t("resident.findHeading")}</Heading2>
      <ProblemContext.Provider value={search.error}>
        <form onSubmit={submit} className="welzijn-form" aria-labelledby="find-heading">
          {search.isError && <ProblemDisplay error={search.error} focus />}
          <TextField location="/familyName" name="familyName" label={t("resident.familyName")} autoComplete="off" />
          <TextField location="/birthDate" name="birthDate" type="date" label={t("resident.birthDate")} />
          <TextField location="/postcode" name="postcode" label={t("resident.postcode")} autoComplete="off" />
          <Button type="submit" appearance="primary-action-button" busy={search.isPending}>
            {t("resident.search")}
          </Button>
        </form>
      </ProblemContext.Provider>
      {search.isSuccess && (
        <div role="status">
          {search.data.length === 0 ? (
            <Paragraph>{t("resident.noneFound")}</Paragraph>
          ) : (
            <>
              <Paragraph>{t("resident.found", { count: search.data.length })}</Paragraph>
              <ResidentChoices residents={search.data} onChoose={onChoose} />
            </>
          )}
        </div>
      )}
      <Paragraph>
        <Button appearance="subtle-button" onClick={onRegister}>
          {t("resident.registerNew")}
        </Button>
      </Paragraph>
    </section>
  );
}

/** Registers a resident; first asks _search whether one with that name and birth date exists. */
function RegisterResident({ onChoose }: { onChoose: (r: Resident) => void }) {
  const { t } = useI18n();
  // It replaces the button that asked for it: focus moves here, not to the page's start.
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { client } = useApi();
  const municipalities = useMunicipalities();
  const [duplicates, setDuplicates] = useState<Resident[]>();
  const [body, setBody] = useState<NewResident>();
  const search = useResidentSearch();
  const create = useMutation({
    mutationFn: (resident: NewResident) => unwrap(client.POST("/residents", { body: resident })),
    onSuccess: onChoose,
  });
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const street = text(form, "street");
    const postcode = text(form, "postcode");
    const houseNumber = text(form, "houseNumber");
    const place = text(form, "place");
    const anyAddress = [street, postcode, houseNumber, place].some((part) => part !== undefined);
    const resident: NewResident = {
      givenName: text(form, "givenName") ?? "",
      familyNamePrefix: text(form, "familyNamePrefix") ?? null,
      familyName: text(form, "familyName") ?? "",
      birthDate: text(form, "birthDate") ?? "",
      municipality: text(form, "municipality") ?? "",
      phone: text(form, "phone") ?? null,
      email: text(form, "email") ?? null,
      // The API names what is missing or wrong in a half-filled address.
      ...(anyAddress && {
        address: { street: street ?? "", houseNumber: Number(houseNumber ?? "0"), postcode: postcode ?? "", place: place ?? "" },
      }),
    };
    setBody(resident);
    // _search finds by family name, birth date and postcode together.
    if (resident.familyName === "" || resident.birthDate === "" || postcode === undefined) {
      create.mutate(resident);
      return;
    }
    search.mutate(
      { familyName: resident.familyName, birthDate: resident.birthDate, postcode },
      {
        onSuccess: (found) => {
          if (found.length > 0) setDuplicates(found);
          else create.mutate(resident);
        },
      },
    );
  };
  const error = create.error ?? search.error;
  return (
    <section aria-labelledby="register-heading">
      <Heading2 id="register-heading" ref={heading} tabIndex={-1}>
        {t("resident.registerHeading")}
      </Heading2>
      <ProblemContext.Provider value={error}>
        <form onSubmit={submit} className="welzijn-form" aria-labelledby="register-heading" noValidate>
          {error && (
            <ProblemDisplay
              error={error}
              focus
              fields={{
                "/givenName": t("resident.givenName"),
                "/familyName": t("resident.familyName"),
                "/birthDate": t("resident.birthDate"),
                "/municipality": t("resident.municipality"),
                "/address/street": t("resident.street"),
                "/address/houseNumber": t("resident.houseNumber"),
                "/address/postcode": t("resident.postcode"),
                "/address/place": t("resident.place"),
                "/phone": t("resident.phone"),
                "/email": t("resident.email"),
              }}
            />
          )}
          <TextField location="/givenName" name="givenName" label={t("resident.givenName")} autoComplete="off" />
          <TextField location="/familyNamePrefix" name="familyNamePrefix" label={t("resident.familyNamePrefix")} autoComplete="off" />
          <TextField location="/familyName" name="familyName" label={t("resident.familyName")} autoComplete="off" />
          <TextField location="/birthDate" name="birthDate" type="date" label={t("resident.birthDate")} />
          <SelectField location="/municipality" name="municipality" label={t("resident.municipality")} defaultValue="">
            <option value="">{t("resident.chooseMunicipality")}</option>
            {(municipalities.data ?? []).map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </SelectField>
          <TextField location="/address/street" name="street" label={t("resident.street")} autoComplete="off" />
          <TextField location="/address/houseNumber" name="houseNumber" inputMode="numeric" label={t("resident.houseNumber")} autoComplete="off" />
          <TextField location="/address/postcode" name="postcode" label={t("resident.postcode")} description={t("resident.postcodeHint")} autoComplete="off" />
          <TextField location="/address/place" name="place" label={t("resident.place")} autoComplete="off" />
          <TextField location="/phone" name="phone" type="tel" label={t("resident.phone")} autoComplete="off" />
          <TextField location="/email" name="email" type="email" label={t("resident.email")} autoComplete="off" />
          {duplicates === undefined && (
            <Button type="submit" appearance="primary-action-button" busy={search.isPending || create.isPending}>
              {t("resident.register")}
            </Button>
          )}
        </form>
      </ProblemContext.Provider>
      {duplicates !== undefined && body !== undefined && (
        <Alert type="warning">
          <Heading2>{t("resident.duplicateHeading")}</Heading2>
          <Paragraph>{t("resident.duplicateText")}</Paragraph>
          <ResidentChoices residents={duplicates} onChoose={onChoose} />
          <ButtonGroup>
            <Button appearance="secondary-action-button" busy={create.isPending} onClick={() => create.mutate(body)}>
              {t("resident.registerAnyway")}
            </Button>
            <Button appearance="subtle-button" onClick={() => setDuplicates(undefined)}>
              {t("resident.changeDetails")}
            </Button>
          </ButtonGroup>
        </Alert>
      )}
    </section>
  );
}

/** The referral form for the resident just chosen or registered, which takes focus. */
function ChosenResident({ resident, onOther, onSent }: {
  resident: Resident;
  onOther: () => void;
  onSent: (referral: Referral) => void;
}) {
  const { t } = useI18n();
  const chosen = useFocusOnMount<HTMLParagraphElement>();
  return (
    <>
      <Paragraph ref={chosen} tabIndex={-1}>
        {t("newReferral.for", { name: fullName(resident) })}{" "}
        <Button appearance="subtle-button" onClick={onOther}>
          {t("newReferral.otherResident")}
        </Button>
      </Paragraph>
      <ReferralForm residentId={resident.id} birthDate={resident.birthDate} onSent={onSent} />
    </>
  );
}

/** Find or register the resident, then write the referral. */
export function NewReferralScreen() {
  const { t } = useI18n();
  const [resident, setResident] = useState<Resident>();
  const [registering, setRegistering] = useState(false);
  const navigate = useNavigate();
  useEffect(() => {
    document.title = t("newReferral.documentTitle");
  }, [t]);
  return (
    <>
      <RouterLink to="/verwijzer">{t("outbox.back")}</RouterLink>
      <Heading1>{t("newReferral.heading")}</Heading1>
      {resident !== undefined ? (
        <ChosenResident
          resident={resident}
          onOther={() => setResident(undefined)}
          onSent={(referral) => void navigate(`/verwijzer/verwijzingen/${referral.id}`)}
        />
      ) : registering ? (
        <RegisterResident onChoose={setResident} />
      ) : (
        <FindResident onChoose={setResident} onRegister={() => setRegistering(true)} />
      )}
    </>
  );
}
