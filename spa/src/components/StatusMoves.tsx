import { Button, ButtonGroup, Heading2, Paragraph } from "@utrecht/component-library-react";
import { formText } from "./formData";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";
import { useApi } from "../api/context";
import { unwrap } from "../api/problem";
import { movesFrom, useTransitions, type ReferralParty, type Reason, type Referral, type Transition } from "../api/referrals";
import { useI18n } from "../i18n/context";
import { SelectField, TextareaField } from "./fields";
import { Loading } from "./Loading";
import { ProblemContext } from "./problems";
import { ProblemDisplay } from "./ProblemDisplay";
import { useEnumLabel } from "./referral";

/** One move: its reason code when the table asks for one, a note, an outcome where it ends the referral. */
function MoveForm({ referral, move, finals, reasons, onDone }: {
  referral: Referral;
  move: Transition;
  finals: readonly string[];
  reasons: readonly Reason[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const label = useEnumLabel();
  const { client } = useApi();
  const queries = useQueryClient();
  const [reasonCode, setReasonCode] = useState<Reason | "">("");
  const withOutcome = finals.includes(move.to) && !move.reasonRequired;
  const change = useMutation({
    mutationFn: (body: { note: string; outcome: string }) =>
      unwrap(
        client.POST("/referrals/{referralId}/status-changes", {
          params: { path: { referralId: referral.id } },
          body: {
            status: move.to,
            ...(reasonCode !== "" && { reasonCode }),
            ...(body.note !== "" && { note: body.note }),
            ...(withOutcome && body.outcome !== "" && { outcome: body.outcome }),
          },
        }),
      ),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: ["getReferral", referral.id] });
      await queries.invalidateQueries({ queryKey: ["listReferralStatusChanges", referral.id] });
      await queries.invalidateQueries({ queryKey: ["listReferrals"] });
      onDone();
    },
  });
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    change.mutate({ note: formText(form, "note"), outcome: formText(form, "outcome") });
  };
  const reload = () => {
    change.reset();
    void queries.invalidateQueries({ queryKey: ["getReferral", referral.id] });
    onDone();
  };
  return (
    <ProblemContext.Provider value={change.error}>
      <form onSubmit={submit} className="welzijn-form" aria-label={t("moves.formLabel", { status: label("status", move.to) })}>
        {change.isError && (
          <ProblemDisplay
            error={change.error}
            focus
            onReload={reload}
            fields={{ "/reasonCode": t("moves.reasonCode"), "/note": t("moves.note"), "/outcome": t("moves.outcome") }}
          />
        )}
        {move.reasonRequired && (
          <SelectField
            location="/reasonCode"
            label={t("moves.reasonCode")}
            required
            value={reasonCode}
            onChange={(e) => setReasonCode(e.currentTarget.value as Reason | "")}
          >
            <option value="">{t("moves.chooseReason")}</option>
            {reasons.map((r) => (
              <option key={r} value={r}>
                {label("reason", r)}
              </option>
            ))}
          </SelectField>
        )}
        <TextareaField location="/note" name="note" label={t("moves.note")} description={t("moves.noteHint")} rows={2} />
        {withOutcome && <TextareaField location="/outcome" name="outcome" label={t("moves.outcome")} rows={2} />}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={change.isPending}>
            {t("moves.confirm", { status: label("status", move.to) })}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onDone}>
            {t("moves.cancel")}
          </Button>
        </ButtonGroup>
      </form>
    </ProblemContext.Provider>
  );
}

/** The status moves `party` may make now, as /referral-transitions lists them. */
export function StatusMoves({ referral, party }: { referral: Referral; party: ReferralParty }) {
  const { t } = useI18n();
  const label = useEnumLabel();
  const transitions = useTransitions();
  const [chosen, setChosen] = useState<Transition>();
  if (transitions.isPending) return <Loading>{t("moves.loading")}</Loading>;
  if (transitions.isError) return <ProblemDisplay error={transitions.error} onRetry={() => void transitions.refetch()} />;
  const moves = movesFrom(transitions.data.transitions, referral.status, party);
  return (
    <section aria-labelledby="moves-heading">
      <Heading2 id="moves-heading">{t("moves.heading")}</Heading2>
      {moves.length === 0 ? (
        <Paragraph>{t("moves.none")}</Paragraph>
      ) : chosen === undefined ? (
        <ButtonGroup>
          {moves.map((m) => (
            <Button key={m.to} appearance="secondary-action-button" onClick={() => setChosen(m)}>
              {t("moves.to", { status: label("status", m.to) })}
            </Button>
          ))}
        </ButtonGroup>
      ) : (
        <MoveForm
          referral={referral}
          move={chosen}
          finals={transitions.data.finalStatuses}
          reasons={transitions.data.reasonCodes}
          onDone={() => setChosen(undefined)}
        />
      )}
    </section>
  );
}
