import { useTranslation } from "react-i18next";
import { definitions } from "../../api/library";
import type { WorkflowInstanceFilter, WorkflowStatus } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useLoad } from "../../components/useLoad";
import { workflowStatuses } from "./statuses";

/** The list's facets: the definition (among those stored) and the status; a change starts again at the first page. */
export function InstanceFilters({ filter, onChange }: { filter: WorkflowInstanceFilter; onChange: (filter: WorkflowInstanceFilter) => void }) {
  const { t } = useTranslation("workflow-instances");
  const stored = useLoad(definitions.list, []);
  const ids = [...new Set((stored.data ?? []).map((d) => d.id))].sort();
  const setDefinition = (definition: string) => onChange({ ...filter, page: undefined, definition: definition || undefined });
  // The options' values are the API's statuses.
  const setStatus = (status: string) => onChange({ ...filter, page: undefined, status: (status || undefined) as WorkflowStatus | undefined });

  return (
    <form className="facets" role="search" aria-label={t("filter")} onSubmit={(e) => e.preventDefault()}>
      <FormField id="instance-facet-definition" label={t("definition")}>
        {(control) => (
          <select {...control} value={filter.definition ?? ""} onChange={(e) => setDefinition(e.target.value)}>
            <option value="">{t("all")}</option>
            {ids.map((id) => <option key={id} value={id}>{id}</option>)}
          </select>
        )}
      </FormField>
      <FormField id="instance-facet-status" label={t("status")}>
        {(control) => (
          <select {...control} value={filter.status ?? ""} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t("all")}</option>
            {workflowStatuses.map((s) => <option key={s} value={s}>{t(`statuses.${s}`)}</option>)}
          </select>
        )}
      </FormField>
      <ProblemAlert error={stored.error} />
    </form>
  );
}
