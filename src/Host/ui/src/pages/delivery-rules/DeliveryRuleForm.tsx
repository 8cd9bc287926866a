import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { deliveryRules } from "../../api/library";
import type { DocumentDeliveryRule } from "../../api/types";
import { commaList, parseCommaList } from "../../components/commaList";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";

const fields = ["name", "description", "enabled", "userGroups"];

/**
 * The Electronic Document Delivery Rules Editor (Alma: Configuring Digitization): a name, and the input parameter
 * "User Group In List" — the groups that may receive digitized files by e-mail or link.
 */
export function DeliveryRuleForm({ rule, onSaved, onCancel }: {
  rule: DocumentDeliveryRule | null;
  onSaved: (saved: DocumentDeliveryRule) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation("delivery-rules");
  const [name, setName] = useState(rule?.name ?? "");
  const [description, setDescription] = useState(rule?.description ?? "");
  const [userGroups, setUserGroups] = useState(commaList(rule?.userGroups ?? []));
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const saving = useSubmit();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void saving.run(async () => {
      const body = { name: name.trim(), description: description.trim() || null, enabled, userGroups: parseCommaList(userGroups) };
      onSaved(rule ? await deliveryRules.update(rule.id, body) : await deliveryRules.create(body));
    });
  };

  const title = rule ? t("form.editTitle", { name: rule.name }) : t("form.addTitle");
  return (
    <form onSubmit={submit} noValidate aria-label={title} className="account-form">
      <h2>{title}</h2>
      <FormField id="delivery-name" label={t("form.name")} errors={saving.fieldErrors("name")}>
        {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
      </FormField>
      <FormField id="delivery-description" label={t("form.description")} errors={saving.fieldErrors("description")}>
        {(control) => <textarea {...control} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </FormField>
      <FormField id="delivery-userGroups" label={t("form.userGroups")} errors={saving.fieldErrors("userGroups")}
        hint={t("form.userGroupsHint")}>
        {(control) => <input {...control} value={userGroups} onChange={(e) => setUserGroups(e.target.value)} />}
      </FormField>
      <FormField id="delivery-enabled" label={t("form.enabled")} checkbox>
        {(control) => <input {...control} type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />}
      </FormField>
      <ProblemAlert error={saving.problem} shownFields={fields} />
      <div className="form-actions">
        <button type="submit" disabled={saving.busy}>{rule ? t("form.save") : t("form.add")}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t("form.cancel")}</button>
      </div>
    </form>
  );
}
