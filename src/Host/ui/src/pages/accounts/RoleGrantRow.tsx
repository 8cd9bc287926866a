import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { roles } from "../../auth/permissions";
import { FormField } from "../../components/FormField";
import { scopeKindOf, type GrantDraft } from "./accountForm";

interface RoleGrantRowProps {
  index: number;
  grant: GrantDraft;
  /** The digitization department codes, named in the hint of a Work Order Operator's scope. */
  departmentCodes: string[];
  /** The API's messages for a field path of the account. */
  fieldErrors: (path: string) => string[];
  onChange: (grant: GrantDraft) => void;
  onRemove: () => void;
}

function scopeHint(kind: ReturnType<typeof scopeKindOf>, departmentCodes: string[], t: TFunction<"accounts">): string {
  switch (kind) {
    case "departments":
      return departmentCodes.length ? t("grant.departmentsOf", { codes: departmentCodes.join(", ") }) : t("grant.departments");
    case "libraries":
      return t("grant.libraries");
    default:
      return t("grant.desks");
  }
}

/** One role the account holds: the role, and its scope when the role is scoped to departments, libraries or desks. */
export function RoleGrantRow({ index, grant, departmentCodes, fieldErrors, onChange, onRemove }: RoleGrantRowProps) {
  const id = `grant-${grant.key}`;
  const path = `roles[${index}]`;
  const scopeKind = scopeKindOf(grant.role);
  const { t } = useTranslation("accounts");
  return (
    <fieldset className="condition">
      <legend>{t("grant.legend", { number: index + 1 })}</legend>
      <FormField id={`${id}-role`} label={t("grant.role")} errors={fieldErrors(`${path}.role`)}>
        {(control) => (
          <select {...control} value={grant.role} onChange={(e) => onChange({ ...grant, role: e.target.value })}>
            <option value="">{t("grant.choose")}</option>
            {Object.values(roles).map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        )}
      </FormField>
      {scopeKind && (
        <FormField id={`${id}-scope`} label={t("grant.scope")} errors={fieldErrors(`${path}.scope`)} hint={scopeHint(scopeKind, departmentCodes, t)}
          className="grow">
          {(control) => <input {...control} value={grant.scope} onChange={(e) => onChange({ ...grant, scope: e.target.value })} />}
        </FormField>
      )}
      <button type="button" className="secondary" onClick={onRemove}>{t("grant.remove")}</button>
    </fieldset>
  );
}
