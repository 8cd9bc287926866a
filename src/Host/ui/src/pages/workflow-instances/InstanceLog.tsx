import { useTranslation } from "react-i18next";

/** The lines the instance's WriteLine steps wrote, in the order they ran. */
export function InstanceLog({ lines }: { lines: string[] }) {
  const { t } = useTranslation("workflow-instances");
  if (lines.length === 0) return <p>{t("page.noLog")}</p>;
  return (
    <ol className="instance-log" aria-label={t("page.log")}>
      {lines.map((line, index) => <li key={index}>{line}</li>)}
    </ol>
  );
}
