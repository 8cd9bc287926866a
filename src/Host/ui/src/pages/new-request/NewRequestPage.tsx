import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { catalogue, departments } from "../../api/library";
import { newRequests, type CreateDigitizationRequest } from "../../api/requestTools";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { date } from "../../components/format";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";
import { languages } from "../../i18n/languages";
import { Link, navigate } from "../../router";

const blank = {
  requesterId: "", name: "", email: "", userGroup: "", language: "",
  barcode: "", title: "", library: "", location: "", mmsId: "", isbn: "", issn: "", volume: "", issue: "",
  scope: "full", partTitle: "", pages: "", department: "", note: "",
};

type Fields = typeof blank;

/** Empty text is left out, so the API applies its default (the institution's language and department). */
const optional = (text: string) => (text.trim() ? text.trim() : null);

function bodyOf(f: Fields): CreateDigitizationRequest {
  return {
    requester: { id: f.requesterId, name: optional(f.name), email: f.email, userGroup: f.userGroup, type: "patron", language: optional(f.language) },
    item: {
      barcode: f.barcode, title: f.title, library: f.library, location: f.location, materialType: null,
      mmsId: optional(f.mmsId), isbn: optional(f.isbn), issn: optional(f.issn), volume: optional(f.volume), issue: optional(f.issue),
    },
    scope: f.scope,
    part: f.scope === "partial" ? { title: optional(f.partTitle), author: null, pages: optional(f.pages) } : null,
    department: optional(f.department),
    note: optional(f.note),
  };
}

/**
 * Create request: staff place a digitization request for a patron, checked by the same policy as any request (patron
 * limits, document delivery rules, the department serving the item's library); a refusal names what stopped it. "Look
 * up" fills the item's fields from the item catalogue; a barcode the catalogue lacks is still taken, as the API takes it.
 */
export function NewRequestPage() {
  const { t } = useTranslation("new-request");
  const departmentList = useLoad(departments.list, []);
  const [fields, setFields] = useState<Fields>(blank);
  const creating = useSubmit();
  const lookingUp = useSubmit();
  const set = (key: keyof Fields) => (e: { target: { value: string } }) => setFields({ ...fields, [key]: e.target.value });

  const lookUp = () => {
    const barcode = fields.barcode.trim();
    void lookingUp.run(async () => {
      const item = await catalogue.lookUp(barcode);
      if (!item) return t("lookup.unknown", { barcode });
      setFields((current) => ({
        ...current, barcode, title: item.title, library: item.library, location: item.location, mmsId: item.mmsId ?? "",
        isbn: item.isbn ?? "", issn: item.issn ?? "", volume: item.volume ?? "", issue: item.issue ?? "",
      }));
      return item.missingSince
        ? t("lookup.foundMissing", { title: item.title, date: date(item.missingSince) })
        : t("lookup.found", { title: item.title });
    });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void creating.run(async () => {
      const created = await newRequests.create(bodyOf(fields));
      navigate(`/requests/${created.id}`);
    });
  };

  const text = (key: keyof Fields, path: string, type = "text") => (
    <FormField id={`new-request-${key}`} label={t(`field.${key}`)} errors={creating.fieldErrors(path)}>
      {(control) => <input {...control} type={type} value={fields[key]} onChange={set(key)} />}
    </FormField>
  );

  return (
    <>
      <p className="breadcrumb"><Link href="/requests">{t("back")}</Link></p>
      <h1>{t("title")}</h1>
      <form onSubmit={submit} noValidate aria-label={t("title")}>
        <fieldset>
          <legend>{t("requester")}</legend>
          {text("requesterId", "requester.id")}
          {text("name", "requester.name")}
          {text("email", "requester.email", "email")}
          {text("userGroup", "requester.userGroup")}
          <FormField id="new-request-language" label={t("field.language")} errors={creating.fieldErrors("requester.language")}>
            {(control) => (
              <select {...control} value={fields.language} onChange={set("language")}>
                <option value="">{t("institutionLanguage")}</option>
                {languages.map((l) => <option key={l} value={l}>{t(`language.${l}`)}</option>)}
              </select>
            )}
          </FormField>
        </fieldset>
        <fieldset>
          <legend>{t("item")}</legend>
          <div className="toolbar">
            {text("barcode", "item.barcode")}
            <button type="button" onClick={lookUp} disabled={lookingUp.busy || !fields.barcode.trim()}>{t("lookup.button")}</button>
          </div>
          <StatusMessage message={lookingUp.success} />
          <ProblemAlert error={lookingUp.problem} />
          {text("title", "item.title")}
          {text("library", "item.library")}
          {text("location", "item.location")}
          {text("mmsId", "item.mmsId")}
          {text("isbn", "item.isbn")}
          {text("issn", "item.issn")}
          {text("volume", "item.volume")}
          {text("issue", "item.issue")}
        </fieldset>
        <fieldset>
          <legend>{t("request")}</legend>
          <FormField id="new-request-scope" label={t("field.scope")} errors={creating.fieldErrors("scope")}>
            {(control) => (
              <select {...control} value={fields.scope} onChange={set("scope")}>
                <option value="full">{t("scope.full")}</option>
                <option value="partial">{t("scope.partial")}</option>
              </select>
            )}
          </FormField>
          {fields.scope === "partial" && (
            <>
              {text("partTitle", "part.title")}
              {text("pages", "part.pages")}
            </>
          )}
          <FormField id="new-request-department" label={t("field.department")} errors={creating.fieldErrors("department")}>
            {(control) => (
              <select {...control} value={fields.department} onChange={set("department")}>
                <option value="">{t("institutionDepartment")}</option>
                {(departmentList.data ?? []).map((d) => <option key={d.code} value={d.code}>{d.name || d.code}</option>)}
              </select>
            )}
          </FormField>
          {text("note", "note")}
        </fieldset>
        <ProblemAlert error={creating.problem ?? departmentList.error}
          shownFields={["requester.id", "requester.name", "requester.email", "requester.userGroup", "requester.language", "item.barcode",
            "item.title", "item.library", "item.location", "item.mmsId", "item.isbn", "item.issn", "item.volume", "item.issue", "scope", "part", "part.title", "part.pages", "department", "note"]} />
        <div className="form-actions">
          <button type="submit" disabled={creating.busy}>{t("create")}</button>
        </div>
      </form>
    </>
  );
}
