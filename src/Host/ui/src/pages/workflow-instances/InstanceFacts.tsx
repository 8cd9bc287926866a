import { useTranslation } from "react-i18next";
import type { WorkflowInstance } from "../../api/types";
import { Link } from "../../router";
import { dateTime } from "../../components/format";

/** An instance's facts: the definition version it runs, whom it serves, where it waits, when, and what failed. */
export function InstanceFacts({ instance: i }: { instance: WorkflowInstance }) {
  const { t } = useTranslation("workflow-instances");
  return (
    <dl className="facts">
      <dt>{t("definition")}</dt>
      <dd><Link href={`/definitions/${encodeURIComponent(i.definition)}/${i.version}`}>{t("versionOf", { definition: i.definition, version: i.version })}</Link></dd>
      {i.correlationId && <><dt>{t("column.serves")}</dt><dd>{i.correlationId}</dd></>}
      {i.parentInstanceId && <><dt>{t("page.parent")}</dt><dd><Link href={`/workflow-instances/${i.parentInstanceId}`}><code>{i.parentInstanceId}</code></Link></dd></>}
      {i.machine && <><dt>{t("page.machineStatus")}</dt><dd>{i.machine.status}</dd></>}
      {i.waitingAt.length > 0 && <><dt>{t("page.waitingAt")}</dt><dd>{i.waitingAt.join(", ")}</dd></>}
      {i.waitingFor.length > 0 && <><dt>{t("page.waitingFor")}</dt><dd>{i.waitingFor.join(", ")}</dd></>}
      {i.result && <><dt>{t("page.result")}</dt><dd>{i.result}</dd></>}
      {i.fault && (
        <>
          <dt>{t("column.fault")}</dt>
          <dd>
            {i.fault}
            {i.incident && <><br /><span className="subtle">{t("page.incident", { activity: i.incident.activity, type: i.incident.type, when: dateTime(i.incident.at) })}</span></>}
          </dd>
        </>
      )}
      <dt>{t("page.created")}</dt><dd>{dateTime(i.createdAt)}</dd>
      <dt>{t("column.updated")}</dt><dd>{dateTime(i.updatedAt)}</dd>
    </dl>
  );
}
