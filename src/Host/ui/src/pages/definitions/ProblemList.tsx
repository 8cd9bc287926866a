import { useTranslation } from "react-i18next";
/** The checks' messages about the selected part, at the top of its side panel. */
export function ProblemList({ problems }: { problems: string[] }) {
  const { t } = useTranslation("definitions");
  if (problems.length === 0) return null;
  return <ul className="field-error" aria-label={t("problems")}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>;
}
