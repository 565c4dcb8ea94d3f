import {
  Button,
  Heading1,
  Heading2,
  Paragraph,
  TableCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type SubmitEvent } from "react";
import { useApi } from "../../api/context";
import { unwrap } from "../../api/problem";
import type { components } from "../../api/schema";
import { formText } from "../../components/formData";
import { RadioGroup, TextareaField, TextField } from "../../components/fields";
import { ProblemContext } from "../../components/problems";
import { ProblemDisplay } from "../../components/ProblemDisplay";
import { useI18n } from "../../i18n/context";
import { AdminNav } from "./AdminNav";
import { ActiveLabel, OutcomeDisplay, RowButton, StaffTable, useOrganisationName, useStaffList, type Outcome } from "./staff";

type Client = components["schemas"]["StaffClientRead"];
type NewClient = components["schemas"]["StaffClientCreate"];

/** One URI or origin a line, blank lines left out. */
function lines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}


/** Front ends (public: redirect URIs and origins) and partner systems (a secret, shown once). */
export function ClientsScreen() {
  const { t } = useI18n();
  const { client } = useApi();
  const queries = useQueryClient();
  const organisationName = useOrganisationName();
  const [kind, setKind] = useState<"public" | "partner">("public");
  const [outcome, setOutcome] = useState<Outcome>();
  const { list, items } = useStaffList("listStaffClients", (cursor, signal) =>
    unwrap(client.GET("/staff/clients", { params: { query: { limit: 50, cursor } }, signal })),
  );
  const refresh = () => queries.invalidateQueries({ queryKey: ["listStaffClients"] });

  const create = useMutation({
    mutationFn: (body: NewClient) => unwrap(client.POST("/staff/clients", { body })),
    onSuccess: async (created) => {
      const { secret, name } = created;
      setOutcome(secret ? { message: t("clients.createdSecret", { name }), secret } : { message: t("clients.created", { name }) });
      await refresh();
    },
  });
  const toggle = useMutation({
    mutationFn: (row: Client) =>
      unwrap(client.PATCH("/staff/clients/{clientId}", { params: { path: { clientId: row.id } }, body: { active: !row.active } })),
    onSuccess: async (row) => {
      setOutcome({ message: t(row.active ? "clients.reactivated" : "clients.deactivated", { name: row.name }) });
      await refresh();
    },
  });

  useEffect(() => {
    document.title = t("clients.documentTitle");
  }, [t]);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const frontEnd = kind === "public";
    setOutcome(undefined);
    toggle.reset();
    create.mutate(
      {
        clientId: formText(form, "clientId"),
        name: formText(form, "name"),
        organisation: formText(form, "organisation"),
        public: frontEnd,
        redirectUris: frontEnd ? lines(formText(form, "redirectUris")) : [],
        allowedOrigins: frontEnd ? lines(formText(form, "allowedOrigins")) : [],
      },
      { onSuccess: () => element.reset() },
    );
  };
  const fields = {
    "/clientId": t("clients.clientId"),
    "/name": t("clients.name"),
    "/organisation": t("staff.organisation"),
    "/public": t("clients.kind"),
    "/redirectUris": t("clients.redirectUris"),
    "/allowedOrigins": t("clients.allowedOrigins"),
  };

  return (
    <>
      <AdminNav />
      <Heading1>{t("clients.heading")}</Heading1>
      <Paragraph>{t("clients.intro")}</Paragraph>
      <section aria-labelledby="new-client-heading">
        <Heading2 id="new-client-heading">{t("clients.new")}</Heading2>
        <ProblemContext.Provider value={create.error}>
          <form className="welzijn-form" onSubmit={submit} aria-label={t("clients.new")} noValidate>
            {create.isError && <ProblemDisplay error={create.error} fields={fields} focus />}
            <RadioGroup
              location="/public"
              legend={fields["/public"]}
              value={kind}
              onChange={(value) => setKind(value === "partner" ? "partner" : "public")}
              options={[
                { value: "public", label: t("clients.public") },
                { value: "partner", label: t("clients.partner") },
              ]}
            />
            <TextField location="/clientId" name="clientId" label={fields["/clientId"]} description={t("clients.clientIdHint")} autoComplete="off" />
            <TextField location="/name" name="name" label={fields["/name"]} description={t("clients.nameHint")} />
            <TextField location="/organisation" name="organisation" label={fields["/organisation"]} description={t("staff.organisationHint")} />
            {kind === "public" && (
              <>
                <TextareaField location="/redirectUris" name="redirectUris" rows={2} label={fields["/redirectUris"]} description={t("clients.redirectUrisHint")} />
                <TextareaField location="/allowedOrigins" name="allowedOrigins" rows={2} label={fields["/allowedOrigins"]} description={t("clients.allowedOriginsHint")} />
              </>
            )}
            <Button type="submit" appearance="primary-action-button" busy={create.isPending}>
              {t("clients.create")}
            </Button>
          </form>
        </ProblemContext.Provider>
      </section>

      <OutcomeDisplay outcome={outcome} error={toggle.error} onRetry={() => void list.refetch()} />

      <StaffTable
        id="clients-heading"
        heading={t("clients.list")}
        caption={t("clients.caption")}
        loading={t("clients.loading")}
        list={list}
        columns={[t("clients.name"), t("clients.clientId"), t("clients.kind"), t("clients.redirectUris"), t("staff.organisation"), t("staff.state"), t("staff.actions")]}
      >
          {items.map((row) => (
            <TableRow key={row.id}>
              <TableCell>{row.name}</TableCell>
              <TableCell>
                <code>{row.clientId}</code>
              </TableCell>
              <TableCell>{row.public ? t("clients.public") : t("clients.partner")}</TableCell>
              <TableCell>
                {row.redirectUris.length === 0 ? (
                  "–"
                ) : (
                  <UnorderedList>
                    {row.redirectUris.map((uri) => (
                      <UnorderedListItem key={uri}>{uri}</UnorderedListItem>
                    ))}
                  </UnorderedList>
                )}
              </TableCell>
              <TableCell>{organisationName(row.organisationId)}</TableCell>
              <TableCell>
                <ActiveLabel active={row.active} />
              </TableCell>
              <TableCell>
                <RowButton
                  action={row.active ? t("staff.deactivate") : t("staff.reactivate")}
                  row={row.name}
                  busy={toggle.isPending && toggle.variables.id === row.id}
                  onClick={() => toggle.mutate(row)}
                />
              </TableCell>
            </TableRow>
          ))}
      </StaffTable>
    </>
  );
}
