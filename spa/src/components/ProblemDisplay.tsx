import { Alert, Button, Heading2, Link, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { useEffect, useRef } from "react";
import { ApiError, ApiUnreachable, locatedIn } from "../api/problem";
import { useI18n } from "../i18n/context";
import type { MessageKey } from "../i18n/nl";
import { fieldId } from "./problems";

type ProblemDisplayProps = {
  error: unknown;
  /** Labels of the form's fields by problem `location`: those problems link to their field. */
  fields?: Readonly<Record<string, string>>;
  /** Offered for problems that may pass (the API unreachable, a server error). */
  onRetry?: () => void;
  /** Offered when the API reports a conflict (409, 412): reads the object again. */
  onReload?: () => void;
  /** Move focus here when shown, as after submitting a form. */
  focus?: boolean;
};

function headingFor(error: unknown): MessageKey {
  if (error instanceof ApiUnreachable) return "problem.unreachable";
  if (!(error instanceof ApiError)) return "problem.unexpected";
  if (error.status === 400) return "problem.invalid";
  if (error.status === 404) return "problem.notFound";
  if (error.status === 409 || error.status === 412) return "problem.conflict";
  if (error.status >= 500) return "problem.server";
  return "problem.refused";
}

/**
 * Every error the API returns, in words: the problem's `detail` first, then each field
 * problem, linked to its field where the form has one (the field itself shows it too).
 */
export function ProblemDisplay({ error, fields = {}, onRetry, onReload, focus = false }: ProblemDisplayProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus, error]);

  const problem = error instanceof ApiError ? error.problem : undefined;
  const detail =
    problem?.detail ??
    (error instanceof ApiError
      ? t("problem.status", { status: error.status })
      : error instanceof ApiUnreachable
        ? t("problem.unreachableDetail")
        : t("problem.unexpectedDetail"));
  const transient = !(error instanceof ApiError) || error.status >= 500;
  const conflict = error instanceof ApiError && (error.status === 409 || error.status === 412);

  return (
    <div ref={ref} tabIndex={-1} className="welzijn-problem">
      <Alert type="error">
        <Heading2>{t(headingFor(error))}</Heading2>
        <Paragraph>{detail}</Paragraph>
        {problem?.errors && problem.errors.length > 0 && (
          <UnorderedList>
            {problem.errors.map((e) => {
              const field = Object.keys(fields).find((location) => locatedIn(e.location, location));
              return (
                <UnorderedListItem key={`${e.in}:${e.location}:${e.code}`}>
                  {field === undefined ? (
                    t("problem.field", { field: e.location, detail: e.detail })
                  ) : (
                    <Link href={`#${fieldId(field)}`}>{t("problem.field", { field: fields[field] ?? field, detail: e.detail })}</Link>
                  )}
                </UnorderedListItem>
              );
            })}
          </UnorderedList>
        )}
        {problem?.requestId && (
          <Paragraph appearance="small">{t("problem.requestId", { requestId: problem.requestId })}</Paragraph>
        )}
        {conflict && <Paragraph>{t("problem.conflictDetail")}</Paragraph>}
        {onReload && conflict && (
          <Button appearance="primary-action-button" onClick={onReload}>
            {t("problem.reload")}
          </Button>
        )}
        {onRetry && transient && (
          <Button appearance="secondary-action-button" onClick={onRetry}>
            {t("problem.retry")}
          </Button>
        )}
      </Alert>
    </div>
  );
}
