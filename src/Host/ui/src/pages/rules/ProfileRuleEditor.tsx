import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { approvals, profileRules } from "../../api/library";
import { navigate, Link } from "../../router";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { setFlash, takeFlash } from "../../components/flash";
import { useSubmit } from "../../components/useSubmit";
import { ConditionRow } from "./ConditionRow";
import { RuleOutputsFields } from "./RuleOutputsFields";
import { TryRequest } from "./TryRequest";
import { bodyOfDraft, draftOf, emptyDraft, newCondition, type RuleDraft } from "./ruleForm";

/** The fields this form shows messages beside; the alert lists any other the API names. */
function shownFields(draft: RuleDraft): string[] {
  return [
    "name", "description",
    ...draft.conditions.flatMap((_, i) => [`conditions[${i}].field`, `conditions[${i}].operator`, `conditions[${i}].values`]),
    "outputs.target", "outputs.maxAccessCount", "outputs.approval", "outputs.copyrightClearance",
    "outputs.approvalManagement", "outputs.approvalReason",
  ];
}

/**
 * Creates or edits one profile rule: its conditions and its outputs (the rule editor of Alma: Configuring Digitization,
 * Configure digitization and copyright rules).
 */
export function ProfileRuleEditor({ ruleId }: { ruleId: number | null }) {
  const [draft, setDraft] = useState<RuleDraft>(emptyDraft);
  const [isDefault, setIsDefault] = useState(false);
  const [loaded, setLoaded] = useState(ruleId === null);
  const [approveReasons, setApproveReasons] = useState<string[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  // "Saved" after a new rule's first save arrives with the rule's own page.
  const saving = useSubmit(takeFlash);
  const { t } = useTranslation("rules");

  useEffect(() => {
    approvals.reasons().then((r) => setApproveReasons(r.approve), setLoadError);
    if (ruleId === null) return;
    profileRules.get(ruleId).then((rule) => {
      setDraft(draftOf(rule));
      setIsDefault(rule.isDefault);
      setLoaded(true);
    }, setLoadError);
  }, [ruleId]);

  const change = (part: Partial<RuleDraft>) => setDraft((d) => ({ ...d, ...part }));

  // A refused save leaves the draft as typed, so the user corrects the named field instead of starting over.
  const save = (e: FormEvent) => {
    e.preventDefault();
    void saving.run(async () => {
      if (ruleId === null) {
        const created = await profileRules.create(bodyOfDraft(draft));
        setFlash(t("editor.saved"));
        navigate(`/rules/${created.id}`, { replace: true });
        return;
      }
      setDraft(draftOf(await profileRules.update(ruleId, bodyOfDraft(draft))));
      return t("editor.saved");
    });
  };

  const remove = () =>
    saving.run(async () => {
      if (ruleId === null) return;
      await profileRules.remove(ruleId);
      setFlash(t("editor.deleted", { name: draft.name }));
      navigate("/rules");
    });

  return (
    <>
      <p className="breadcrumb"><Link href="/rules">{t("title")}</Link></p>
      <h1>{ruleId === null ? t("editor.new") : t("editor.ruleOf", { name: draft.name || "…" })}</h1>
      <StatusMessage message={saving.success} />
      <ProblemAlert error={saving.problem ?? loadError} shownFields={shownFields(draft)} />
      <div className="editor-layout">
        <form onSubmit={save} noValidate aria-busy={!loaded} className="rule-form">
          <fieldset>
            <legend>{t("editor.rule")}</legend>
            <FormField id="rule-name" label={t("editor.name")} errors={saving.fieldErrors("name")}>
              {(control) => (
                <input {...control} value={draft.name} required readOnly={isDefault} onChange={(e) => change({ name: e.target.value })} />
              )}
            </FormField>
            <FormField id="rule-description" label={t("editor.description")} errors={saving.fieldErrors("description")}>
              {(control) => (
                <textarea {...control} rows={2} value={draft.description} onChange={(e) => change({ description: e.target.value })} />
              )}
            </FormField>
          </fieldset>

          <fieldset>
            <legend>{t("editor.conditions")}</legend>
            {isDefault
              ? <p>{t("editor.defaultRule")}</p>
              : draft.conditions.length === 0 && <p>{t("editor.noConditions")}</p>}
            {draft.conditions.map((c, i) => (
              <ConditionRow key={c.key} index={i} condition={c} fieldErrors={saving.fieldErrors}
                onChange={(updated) => change({ conditions: draft.conditions.map((x) => (x.key === c.key ? updated : x)) })}
                onRemove={() => change({ conditions: draft.conditions.filter((x) => x.key !== c.key) })} />
            ))}
            {!isDefault && (
              <button type="button" className="secondary" onClick={() => change({ conditions: [...draft.conditions, newCondition()] })}>
                {t("editor.addCondition")}
              </button>
            )}
          </fieldset>

          <RuleOutputsFields draft={draft} fieldErrors={saving.fieldErrors} approveReasons={approveReasons} onChange={change} />

          <div className="form-actions">
            <button type="submit" disabled={saving.busy || !loaded}>{t("editor.save")}</button>
            {/* Offered on the default rule too: the API's answer says why it stays. */}
            {ruleId !== null && <button type="button" className="danger" onClick={remove}>{t("editor.delete")}</button>}
          </div>
        </form>
        <TryRequest />
      </div>
    </>
  );
}
