import { useTranslation } from "react-i18next";
import type { WorkflowInstance } from "../../api/types";

/** The instance's variables as it holds them now, each value as JSON so a string reads apart from a number. */
export function InstanceVariables({ variables }: { variables: WorkflowInstance["variables"] }) {
  const { t } = useTranslation("workflow-instances");
  const entries = Object.entries(variables);
  if (entries.length === 0) return <p>{t("page.noVariables")}</p>;
  return (
    <div className="table-scroll">
      <table aria-label={t("page.variables")}>
        <thead>
          <tr>
            <th scope="col">{t("page.variable")}</th>
            <th scope="col">{t("page.value")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(([name, value]) => (
            <tr key={name}>
              <td>{name}</td>
              <td><code>{JSON.stringify(value)}</code></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
