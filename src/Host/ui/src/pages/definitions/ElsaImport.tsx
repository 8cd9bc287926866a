import { useState, type ChangeEvent, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { definitions } from "../../api/library";
import { Link, navigate } from "../../router";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { setFlash } from "../../components/flash";
import { useSubmit } from "../../components/useSubmit";
import { jsonObjectIn } from "./jsonText";

/**
 * A definition exported from Elsa Studio, chosen as a file or pasted, stored at once as a new version (the server
 * translates it and refuses it whole, listing every activity type and expression it cannot take); on success the
 * imported version's page opens, where it can be run.
 */
export function ElsaImport() {
  const [text, setText] = useState("");
  const [definitionId, setDefinitionId] = useState("");
  const [textProblem, setTextProblem] = useState("");
  const sending = useSubmit();
  const { t } = useTranslation("definitions");

  const open = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setText(await file.text());
    setTextProblem("");
    sending.reset();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const read = jsonObjectIn(text);
    if ("problem" in read) {
      setTextProblem(t(read.problem, { error: read.error }));
      return;
    }
    void sending.run(async () => {
      const { summary, created } = await definitions.importElsa(read.object, definitionId.trim() || undefined);
      setFlash(created ? t("elsa.imported", { id: summary.id, version: summary.version }) : t("elsa.unchanged", { version: summary.version }));
      navigate(`/definitions/${encodeURIComponent(summary.id)}/${summary.version}`);
    });
  };

  return (
    <>
      <p className="breadcrumb"><Link href="/definitions">{t("title")}</Link></p>
      <h1>{t("elsa.heading")}</h1>
      <p className="lead">{t("elsa.lead")}</p>
      <form onSubmit={submit} noValidate aria-label={t("elsa.heading")}>
        <FormField id="elsa-file" label={t("elsa.file")} hint={t("elsa.fileHint")}>
          {(control) => <input {...control} type="file" accept=".json,application/json" onChange={(e) => void open(e)} />}
        </FormField>
        <FormField id="elsa-json" label={t("elsa.json")} hint={t("elsa.jsonHint")} errors={textProblem ? [textProblem] : []}>
          {(control) => (
            <textarea {...control} rows={12} spellCheck={false} value={text}
              onChange={(e) => { setText(e.target.value); setTextProblem(""); }} />
          )}
        </FormField>
        <FormField id="elsa-id" label={t("elsa.id")} hint={t("elsa.idHint")}>
          {(control) => <input {...control} value={definitionId} onChange={(e) => setDefinitionId(e.target.value)} />}
        </FormField>
        <ProblemAlert error={sending.problem} />
        <button type="submit" disabled={sending.busy || !text.trim()}>{t("elsa.submit")}</button>
      </form>
    </>
  );
}
