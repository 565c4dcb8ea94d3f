import {
  Button,
  ButtonGroup,
  Heading1,
  Heading2,
  Paragraph,
  TableCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type SubmitEvent } from "react";
import { useApi } from "../../api/context";
import { unwrap } from "../../api/problem";
import type { components } from "../../api/schema";
import { ROLES } from "../../auth/identity";
import { formText } from "../../components/formData";
import { SelectField, TextField } from "../../components/fields";
import { ProblemContext } from "../../components/problems";
import { ProblemDisplay } from "../../components/ProblemDisplay";
import { useI18n } from "../../i18n/context";
import { AdminNav } from "./AdminNav";
import { ActiveLabel, OutcomeDisplay, RowButton, StaffTable, useOrganisationName, useStaffList, type Outcome } from "./staff";

type User = components["schemas"]["StaffUserRead"];
type NewUser = components["schemas"]["StaffUserCreate"];



/** Staff accounts: create one (its temporary password shown once), deactivate, reactivate, reset a password. */
export function UsersScreen() {
  const { t } = useI18n();
  const { client } = useApi();
  const queries = useQueryClient();
  const organisationName = useOrganisationName();
  const [outcome, setOutcome] = useState<Outcome>();
  const { list, items } = useStaffList("listStaffUsers", (cursor, signal) =>
    unwrap(client.GET("/staff/users", { params: { query: { limit: 50, cursor } }, signal })),
  );
  const refresh = () => queries.invalidateQueries({ queryKey: ["listStaffUsers"] });

  const create = useMutation({
    mutationFn: (body: NewUser) => unwrap(client.POST("/staff/users", { body })),
    onSuccess: async (created) => {
      setOutcome({ message: t("users.created", { name: created.displayName }), secret: created.temporaryPassword });
      await refresh();
    },
  });
  const toggle = useMutation({
    mutationFn: (user: User) =>
      unwrap(client.PATCH("/staff/users/{userId}", { params: { path: { userId: user.id } }, body: { active: !user.active } })),
    onSuccess: async (user) => {
      setOutcome({ message: t(user.active ? "users.reactivated" : "users.deactivated", { name: user.displayName }) });
      await refresh();
    },
  });
  const reset = useMutation({
    mutationFn: async (user: User) => ({
      user,
      answer: await unwrap(client.POST("/staff/users/{userId}/password-reset", { params: { path: { userId: user.id } } })),
    }),
    onSuccess: async ({ user, answer }) => {
      setOutcome({ message: t("users.resetDone", { name: user.displayName }), secret: answer.temporaryPassword });
      await refresh();
    },
  });
  const rowError = toggle.error ?? reset.error;

  useEffect(() => {
    document.title = t("users.documentTitle");
  }, [t]);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const element = event.currentTarget;
    setOutcome(undefined);
    toggle.reset();
    reset.reset();
    create.mutate(
      {
        email: formText(form, "email"),
        displayName: formText(form, "displayName"),
        organisation: formText(form, "organisation"),
        role: formText(form, "role") as NewUser["role"],
      },
      { onSuccess: () => element.reset() },
    );
  };
  const fields = {
    "/email": t("users.email"),
    "/displayName": t("users.displayName"),
    "/organisation": t("staff.organisation"),
    "/role": t("users.role"),
  };

  return (
    <>
      <AdminNav />
      <Heading1>{t("users.heading")}</Heading1>
      <Paragraph>{t("users.intro")}</Paragraph>
      <section aria-labelledby="new-user-heading">
        <Heading2 id="new-user-heading">{t("users.new")}</Heading2>
        <ProblemContext.Provider value={create.error}>
          <form className="welzijn-form" onSubmit={submit} aria-label={t("users.new")} noValidate>
            {create.isError && <ProblemDisplay error={create.error} fields={fields} focus />}
            <TextField location="/email" name="email" type="email" autoComplete="off" label={fields["/email"]} />
            <TextField location="/displayName" name="displayName" label={fields["/displayName"]} description={t("users.displayNameHint")} />
            <TextField location="/organisation" name="organisation" label={fields["/organisation"]} description={t("staff.organisationHint")} />
            <SelectField location="/role" name="role" label={fields["/role"]} defaultValue="">
              <option value="">{t("users.chooseRole")}</option>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </SelectField>
            <Button type="submit" appearance="primary-action-button" busy={create.isPending}>
              {t("users.create")}
            </Button>
          </form>
        </ProblemContext.Provider>
      </section>

      <OutcomeDisplay outcome={outcome} error={rowError} onRetry={() => void list.refetch()} />

      <StaffTable
        id="users-heading"
        heading={t("users.list")}
        caption={t("users.caption")}
        loading={t("users.loading")}
        list={list}
        columns={[t("users.displayName"), t("users.email"), t("users.role"), t("staff.organisation"), t("staff.state"), t("staff.actions")]}
      >
          {items.map((user) => (
            <TableRow key={user.id}>
              <TableCell>{user.displayName}</TableCell>
              <TableCell>{user.email}</TableCell>
              <TableCell>{t(`role.${user.role}`)}</TableCell>
              <TableCell>{organisationName(user.organisationId)}</TableCell>
              <TableCell>
                <ActiveLabel active={user.active} />
                {user.mustChangePassword && ` (${t("users.mustChange")})`}
              </TableCell>
              <TableCell>
                <ButtonGroup>
                  <RowButton
                    action={user.active ? t("staff.deactivate") : t("staff.reactivate")}
                    row={user.displayName}
                    busy={toggle.isPending && toggle.variables.id === user.id}
                    onClick={() => {
                      reset.reset();
                      toggle.mutate(user);
                    }}
                  />
                  <RowButton
                    action={t("users.reset")}
                    row={user.displayName}
                    subtle
                    busy={reset.isPending && reset.variables.id === user.id}
                    onClick={() => {
                      toggle.reset();
                      reset.mutate(user);
                    }}
                  />
                </ButtonGroup>
              </TableCell>
            </TableRow>
          ))}
      </StaffTable>
    </>
  );
}
