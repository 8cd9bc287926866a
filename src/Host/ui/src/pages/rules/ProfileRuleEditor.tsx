import { useEffect, useState, type FormEvent } from "react";
import { approvals, profileRules } from "../../api/library";
import { navigate, Link } from "../../router";
import { describedBy, FieldError } from "../../components/FieldError";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { setFlash, takeFlash } from "../../components/flash";
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

/** Creates or edits one profile rule: its conditions and its outputs (seed 004's rule editor). */
export function ProfileRuleEditor({ ruleId }: { ruleId: number | null }) {
  const [draft, setDraft] = useState<RuleDraft>(emptyDraft);
  const [isDefault, setIsDefault] = useState(false);
  const [loaded, setLoaded] = useState(ruleId === null);
  const [approveReasons, setApproveReasons] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState(takeFlash);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    approvals.reasons().then((r) => setApproveReasons(r.approve), setError);
    if (ruleId === null) return;
    profileRules.get(ruleId).then((rule) => {
      setDraft(draftOf(rule));
      setIsDefault(rule.isDefault);
      setLoaded(true);
    }, setError);
  }, [ruleId]);

  const change = (part: Partial<RuleDraft>) => setDraft((d) => ({ ...d, ...part }));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setStatus("");
    setError(null);
    try {
      if (ruleId === null) {
        const created = await profileRules.create(bodyOfDraft(draft));
        setFlash("Saved");
        navigate(`/rules/${created.id}`, { replace: true });
      } else {
        const saved = await profileRules.update(ruleId, bodyOfDraft(draft));
        setDraft(draftOf(saved));
        setStatus("Saved");
      }
    } catch (err) {
      // The draft is left as typed, so the user corrects the named field instead of starting over.
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (ruleId === null) return;
    setError(null);
    try {
      await profileRules.remove(ruleId);
      setFlash(`Deleted ${draft.name}`);
      navigate("/rules");
    } catch (err) {
      setError(err);
    }
  };

  return (
    <>
      <p className="breadcrumb"><Link href="/rules">Profile rules</Link></p>
      <h1>{ruleId === null ? "New profile rule" : `Profile rule: ${draft.name || "…"}`}</h1>
      <StatusMessage message={status} />
      <ProblemAlert error={error} shownFields={shownFields(draft)} />
      <div className="editor-layout">
        <form onSubmit={save} noValidate aria-busy={!loaded} className="rule-form">
          <fieldset>
            <legend>Rule</legend>
            <div className="field">
              <label htmlFor="rule-name">Name</label>
              <input id="rule-name" value={draft.name} required readOnly={isDefault}
                onChange={(e) => change({ name: e.target.value })} {...describedBy(error, "name", "rule-name")} />
              <FieldError error={error} path="name" fieldId="rule-name" />
            </div>
            <div className="field">
              <label htmlFor="rule-description">Description</label>
              <textarea id="rule-description" rows={2} value={draft.description}
                onChange={(e) => change({ description: e.target.value })} {...describedBy(error, "description", "rule-description")} />
              <FieldError error={error} path="description" fieldId="rule-description" />
            </div>
          </fieldset>

          <fieldset>
            <legend>Conditions</legend>
            {isDefault
              ? <p>The default rule matches every request that no other rule matches; it has no conditions.</p>
              : draft.conditions.length === 0 && <p>No conditions: the rule matches every request.</p>}
            {draft.conditions.map((c, i) => (
              <ConditionRow key={c.key} index={i} condition={c} error={error}
                onChange={(updated) => change({ conditions: draft.conditions.map((x) => (x.key === c.key ? updated : x)) })}
                onRemove={() => change({ conditions: draft.conditions.filter((x) => x.key !== c.key) })} />
            ))}
            {!isDefault && (
              <button type="button" className="secondary" onClick={() => change({ conditions: [...draft.conditions, newCondition()] })}>
                Add condition
              </button>
            )}
          </fieldset>

          <RuleOutputsFields draft={draft} error={error} approveReasons={approveReasons} onChange={change} />

          <div className="form-actions">
            <button type="submit" disabled={busy || !loaded}>Save</button>
            {/* Offered on the default rule too: the API's answer says why it stays. */}
            {ruleId !== null && <button type="button" className="danger" onClick={remove}>Delete</button>}
          </div>
        </form>
        <TryRequest />
      </div>
    </>
  );
}
