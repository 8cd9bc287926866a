import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { partners } from "../../api/library";
import type { Partner, WorkflowProfile } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSubmit } from "../../components/useSubmit";
import { languages } from "../../i18n/languages";

interface Draft {
  code: string;
  name: string;
  profileType: "Email" | "ISO";
  email: string;
  isoSymbol: string;
  isoEndpoint: string;
  sharedSecret: string;
  removeSecret: boolean;
  workflowProfile: string;
  language: string;
  address: string;
  active: boolean;
}

const draftOf = (p: Partner | null, profiles: WorkflowProfile[]): Draft => ({
  code: p?.code ?? "",
  name: p?.name ?? "",
  profileType: p?.profileType === "ISO" ? "ISO" : "Email",
  email: p?.email ?? "",
  isoSymbol: p?.isoSymbol ?? "",
  isoEndpoint: p?.isoEndpoint ?? "",
  sharedSecret: "",
  removeSecret: false,
  workflowProfile: p?.workflowProfile ?? profiles[0]?.code ?? "",
  language: p?.language ?? "en",
  address: p?.address ?? "",
  active: p?.active ?? true,
});

const fields = ["code", "name", "profileType", "email", "isoSymbol", "isoEndpoint", "sharedSecret", "workflowProfile", "language", "address"];

/**
 * Registers a partner, or changes one (`partner` given). The shared secret is never shown: left empty it stays as it
 * is; "Remove the shared secret" clears it.
 */
export function PartnerForm({ partner, profiles, onSaved, onCancel }: {
  partner: Partner | null;
  profiles: WorkflowProfile[];
  onSaved: (saved: Partner) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(() => draftOf(partner, profiles));
  const saving = useSubmit();
  const { t } = useTranslation("partners");
  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void saving.run(async () => {
      const body = {
        code: partner ? null : draft.code.trim(),
        name: draft.name.trim(),
        profileType: draft.profileType,
        email: draft.email.trim() || null,
        isoSymbol: draft.isoSymbol.trim() || null,
        isoEndpoint: draft.isoEndpoint.trim() || null,
        sharedSecret: draft.removeSecret ? "" : draft.sharedSecret || null,
        workflowProfile: draft.workflowProfile,
        language: draft.language,
        address: draft.address.trim() || null,
        active: draft.active,
      };
      onSaved(partner ? await partners.update(partner.code, body) : await partners.create(body));
    });
  };

  const text = (name: "code" | "name" | "email" | "isoSymbol" | "isoEndpoint", label: string, hint?: string) => (
    <FormField id={`partner-${name}`} label={label} errors={saving.fieldErrors(name)} hint={hint}>
      {(control) => <input {...control} value={draft[name]} onChange={(e) => set({ [name]: e.target.value })} />}
    </FormField>
  );

  return (
    <form onSubmit={submit} noValidate aria-label={partner ? t("form.editTitle", { code: partner.code }) : t("register")} className="account-form">
      <h2>{partner ? t("form.editTitle", { code: partner.code }) : t("register")}</h2>
      {!partner && text("code", t("column.code"), t("form.codeHint"))}
      {text("name", t("column.name"))}
      <FormField id="partner-profileType" label={t("form.profileType")} errors={saving.fieldErrors("profileType")}>
        {(control) => (
          <select {...control} value={draft.profileType} onChange={(e) => set({ profileType: e.target.value as Draft["profileType"] })}>
            <option value="Email">Email</option>
            <option value="ISO">ISO</option>
          </select>
        )}
      </FormField>
      {text("email", t("form.email"), draft.profileType === "Email" ? t("form.emailHint") : undefined)}
      {draft.profileType === "ISO" && text("isoSymbol", t("form.isoSymbol"), t("form.isoSymbolHint"))}
      {draft.profileType === "ISO" && text("isoEndpoint", t("form.isoEndpoint"))}
      {draft.profileType === "ISO" && (
        <FormField id="partner-sharedSecret" label={t("form.sharedSecret")} errors={saving.fieldErrors("sharedSecret")}
          hint={partner?.hasSharedSecret ? t("form.secretKept") : t("form.noSecret")}>
          {(control) => (
            <input {...control} type="password" autoComplete="new-password" value={draft.sharedSecret}
              disabled={draft.removeSecret} onChange={(e) => set({ sharedSecret: e.target.value })} />
          )}
        </FormField>
      )}
      {draft.profileType === "ISO" && partner?.hasSharedSecret && (
        <FormField id="partner-removeSecret" label={t("form.removeSecret")} checkbox>
          {(control) => <input {...control} type="checkbox" checked={draft.removeSecret} onChange={(e) => set({ removeSecret: e.target.checked })} />}
        </FormField>
      )}
      <FormField id="partner-workflowProfile" label={t("column.workflowProfile")} errors={saving.fieldErrors("workflowProfile")}>
        {(control) => (
          <select {...control} value={draft.workflowProfile} onChange={(e) => set({ workflowProfile: e.target.value })}>
            {profiles.map((p) => <option key={p.code} value={p.code}>{p.code}: {p.name}</option>)}
          </select>
        )}
      </FormField>
      <FormField id="partner-language" label={t("form.language")} errors={saving.fieldErrors("language")}>
        {(control) => (
          <select {...control} value={draft.language} onChange={(e) => set({ language: e.target.value })}>
            {languages.map((l) => <option key={l} value={l} lang={l}>{t(`language.${l}`)}</option>)}
          </select>
        )}
      </FormField>
      <FormField id="partner-address" label={t("form.address")} errors={saving.fieldErrors("address")}
        hint={t("form.addressHint")}>
        {(control) => <textarea {...control} rows={4} value={draft.address} onChange={(e) => set({ address: e.target.value })} />}
      </FormField>
      <FormField id="partner-active" label={t("form.active")} checkbox>
        {(control) => <input {...control} type="checkbox" checked={draft.active} onChange={(e) => set({ active: e.target.checked })} />}
      </FormField>
      <ProblemAlert error={saving.problem} shownFields={fields} />
      <div className="form-actions">
        <button type="submit" disabled={saving.busy}>{partner ? t("form.save") : t("form.register")}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t("form.cancel")}</button>
      </div>
    </form>
  );
}
