import { useState } from "react";
import { useTranslation } from "react-i18next";
import { digitizationRequests } from "../../api/library";
import { FormField } from "../../components/FormField";
import { useSubmit } from "../../components/useSubmit";
import { ActionForm } from "../../components/ActionForm";
import type { ActionPanelProps } from "./actionPanel";

/**
 * "Add digital inventory" (Alma: Digitization Processing, Delivering Digitized Items): the digitized files become a
 * representation of the item in the repository.
 */
export function RepresentationPanel({ request, onDone, onClose }: ActionPanelProps) {
  const [files, setFiles] = useState<File[]>([]);
  const [usageType, setUsageType] = useState("Primary");
  const [library, setLibrary] = useState("");
  const adding = useSubmit();
  const { t } = useTranslation("digitization-requests");
  const id = `representation-${request.id}`;
  const add = async () => {
    const view = await digitizationRequests.addRepresentation(request.id, files, usageType, library);
    onDone(view, t("representation.done", { title: request.title }));
  };
  return (
    <ActionForm title={t("representation.title", { title: request.title })} submission={adding} action={add}
      shownFields={["file", "usageType", "library"]} submitLabel={t("representation.submit")} onClose={onClose}>
      <FormField id={`${id}-files`} label={t("representation.files")} errors={adding.fieldErrors("file")}>
        {(control) => <input {...control} type="file" multiple autoFocus onChange={(e) => setFiles([...(e.target.files ?? [])])} />}
      </FormField>
      <FormField id={`${id}-usage`} label={t("representation.usageType")} errors={adding.fieldErrors("usageType")}>
        {(control) => (
          <select {...control} value={usageType} onChange={(e) => setUsageType(e.target.value)}>
            <option value="Primary">{t("representation.primary")}</option>
            <option value="Derivative">{t("representation.derivative")}</option>
          </select>
        )}
      </FormField>
      <FormField id={`${id}-library`} label={t("representation.library")} errors={adding.fieldErrors("library")}>
        {(control) => <input {...control} value={library} placeholder="MAIN" onChange={(e) => setLibrary(e.target.value)} />}
      </FormField>
    </ActionForm>
  );
}
