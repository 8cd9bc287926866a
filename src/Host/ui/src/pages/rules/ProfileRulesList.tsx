import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { profileRules } from "../../api/library";
import type { ProfileRule } from "../../api/types";
import { Link } from "../../router";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { takeFlash } from "../../components/flash";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";
import { managementLabel, targetLabel } from "../../components/format";
import { bodyOf } from "./ruleBody";

/**
 * The Digitization Workflow Rules List (Alma: Configuring Digitization, Configure digitization and copyright rules):
 * the rules in evaluation order, the default rule last.
 */
export function ProfileRulesList() {
  const rules = useLoad(profileRules.list, []);
  // "Deleted …" from the rule's page arrives as the first message.
  const changing = useSubmit(takeFlash);
  const { t } = useTranslation("rules");
  const [refocusAfterMove, setRefocusAfterMove] = useState<{ button: string; ruleId: number } | null>(null);

  // The row moved; keep the keyboard on the button that moved it (or on the rule's link once at an end). Done after
  // the reloaded list is rendered: before, the button is not yet disabled, and focus on it would be lost.
  useEffect(() => {
    if (!refocusAfterMove) return;
    const button = document.getElementById(refocusAfterMove.button) as HTMLButtonElement | null;
    (button && !button.disabled ? button : document.getElementById(`rule-link-${refocusAfterMove.ruleId}`))?.focus();
    setRefocusAfterMove(null);
  }, [refocusAfterMove, rules.data]);

  const change = (rule: ProfileRule, body: Parameters<typeof bodyOf>[1], message: string, refocus?: string) =>
    changing.run(async () => {
      await profileRules.update(rule.id, bodyOf(rule, body));
      await rules.reload();
      if (refocus) setRefocusAfterMove({ button: refocus, ruleId: rule.id });
      return message;
    });

  const list = rules.data ?? [];
  const lastMovable = list.filter((r) => !r.isDefault).length;

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p>
        <Link href="/rules/new" className="button-link">{t("new")}</Link>
      </p>
      <StatusMessage message={changing.success} />
      <ProblemAlert error={changing.problem ?? rules.error} />
      {rules.loading && !rules.data ? <p>{t("loading")}</p> : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("column.order")}</th>
                <th scope="col">{t("column.name")}</th>
                <th scope="col">{t("column.enabled")}</th>
                <th scope="col">{t("column.target")}</th>
                <th scope="col">{t("column.approval")}</th>
                <th scope="col">{t("column.move")}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((rule) => (
                <tr key={rule.id}>
                  <td>{rule.order}</td>
                  <td>
                    <Link href={`/rules/${rule.id}`} id={`rule-link-${rule.id}`}>{rule.name}</Link>
                    {rule.isDefault && <span className="tag">{t("default")}</span>}
                  </td>
                  <td>
                    <label className="inline">
                      <input
                        type="checkbox"
                        checked={rule.enabled}
                        disabled={rule.isDefault}
                        onChange={(e) => change(rule, { enabled: e.target.checked }, t(e.target.checked ? "enabled" : "disabled", { name: rule.name }))}
                      />
                      {t("enabledLabel")}
                    </label>
                  </td>
                  <td>{targetLabel(rule.outputs.target)}</td>
                  <td>{rule.outputs.approval || rule.outputs.copyrightClearance ? managementLabel(rule.outputs.approvalManagement) : t("no")}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      id={`move-up-${rule.id}`}
                      aria-label={t("moveUp", { name: rule.name })}
                      disabled={rule.isDefault || rule.order <= 1}
                      onClick={() => change(rule, { order: rule.order - 1 }, t("movedUp", { name: rule.name }), `move-up-${rule.id}`)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      id={`move-down-${rule.id}`}
                      aria-label={t("moveDown", { name: rule.name })}
                      disabled={rule.isDefault || rule.order >= lastMovable}
                      onClick={() => change(rule, { order: rule.order + 1 }, t("movedDown", { name: rule.name }), `move-down-${rule.id}`)}
                    >
                      ↓
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
