import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { letters } from "../../api/library";
import type { LetterPreview, LetterTemplate } from "../../api/types";
import { FormField } from "../../components/FormField";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useLoad } from "../../components/useLoad";
import { useSubmit } from "../../components/useSubmit";
import { isLanguage, languages, type Language } from "../../i18n/languages";
import { Link } from "../../router";

// Liquid's own braces, passed as values so the translation does not read them as its placeholders.
const liquidExamples = {
  print: "{{ request.title }}",
  test: "{% if cancellation.note %}…{% endif %}",
  format: '| date: "%d/%m/%Y"',
  interpolation: { escapeValue: false },
};

/** The wording being edited, saved or not. */
function WordingForm({ letter, language, onSaved }: { letter: LetterTemplate; language: Language; onSaved: (l: LetterTemplate) => void }) {
  const [subject, setSubject] = useState(letter.subject);
  const [body, setBody] = useState(letter.body);
  const [enabled, setEnabled] = useState(letter.enabled);
  const [requestId, setRequestId] = useState("");
  const [preview, setPreview] = useState<LetterPreview | null>(null);
  const saving = useSubmit();
  const previewing = useSubmit();
  const { t } = useTranslation("letters");

  const save = (e: FormEvent) => {
    e.preventDefault();
    void saving.run(async () => {
      const saved = await letters.save(letter.code, language, { subject, body, enabled });
      onSaved(saved);
      return t("editor.saved", { name: letter.name, language: t(`language.${language}`) });
    });
  };
  const restore = () =>
    void saving.run(async () => {
      const shipped = await letters.restore(letter.code, language);
      setSubject(shipped.subject);
      setBody(shipped.body);
      onSaved(shipped);
      return t("editor.restored");
    });
  const showPreview = (e: FormEvent) => {
    e.preventDefault();
    setPreview(null);
    void previewing.run(async () => setPreview(await letters.preview(letter.code, language, { requestId: requestId.trim(), subject, body })));
  };

  return (
    <>
      <form onSubmit={save} noValidate aria-label={t("editor.wording")} className="account-form">
        <StatusMessage message={saving.success} />
        <FormField id="letter-subject" label={t("editor.subject")} errors={saving.fieldErrors("subject")}>
          {(control) => <input {...control} type="text" value={subject} onChange={(e) => setSubject(e.target.value)} />}
        </FormField>
        <FormField id="letter-body" label={t("editor.body")} hint={t("editor.bodyHint", liquidExamples)} errors={saving.fieldErrors("body")}>
          {(control) => <textarea {...control} rows={18} className="code" value={body} onChange={(e) => setBody(e.target.value)} />}
        </FormField>
        <FormField id="letter-enabled" label={t("editor.enabled")} hint={t("editor.enabledHint")} checkbox>
          {(control) => <input {...control} type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />}
        </FormField>
        <ProblemAlert error={saving.problem} shownFields={["subject", "body"]} />
        <button type="submit" disabled={saving.busy}>{t("editor.save")}</button>{" "}
        {letter.customized && <button type="button" disabled={saving.busy} onClick={restore}>{t("editor.restore")}</button>}
      </form>

      <form onSubmit={showPreview} noValidate aria-label={t("editor.preview")} className="account-form">
        <h2>{t("editor.preview")}</h2>
        <FormField id="letter-preview-request" label={t("editor.requestId")} hint={t(`editor.requestIdHint.${letter.fields.some((f) => f.name.startsWith("partner.")) ? "partner" : "requester"}`)}
          errors={previewing.fieldErrors("requestId")}>
          {(control) => <input {...control} type="text" value={requestId} onChange={(e) => setRequestId(e.target.value)} />}
        </FormField>
        <ProblemAlert error={previewing.problem} shownFields={["requestId"]} />
        <button type="submit" disabled={previewing.busy || !requestId.trim()}>{t("editor.showPreview")}</button>
        {preview && (
          <section aria-label={t("editor.previewed")} className="letter-preview">
            <p>{t("editor.previewTo", { to: preview.to })}{!preview.enabled && <> — {t("editor.previewDisabled")}</>}</p>
            <p><strong>{t("editor.subject")}:</strong> <span data-part="subject">{preview.subject}</span></p>
            <pre data-part="body">{preview.body}</pre>
          </section>
        )}
      </form>
    </>
  );
}

/** One letter in one language: its Liquid subject and body, the Enable toggle, the fields it can print, a preview. */
export function LetterEditor({ code, language }: { code: string; language: string }) {
  const { t } = useTranslation("letters");
  const wanted: Language = isLanguage(language) ? language : "en";
  const letter = useLoad(() => letters.get(code, wanted), [code, wanted]);
  return (
    <>
      <p><Link href="/letters">{t("editor.back")}</Link></p>
      <h1>{letter.data ? t("editor.title", { name: letter.data.name, language: t(`language.${wanted}`) }) : t("title")}</h1>
      <ProblemAlert error={letter.error} />
      <nav aria-label={t("editor.languages")}>
        {languages.map((l) => (
          <span key={l}>
            {l === wanted ? <strong aria-current="page">{t(`language.${l}`)}</strong> : <Link href={`/letters/${encodeURIComponent(code)}/${l}`}>{t(`language.${l}`)}</Link>}{" "}
          </span>
        ))}
      </nav>
      {letter.loading && !letter.data ? <p>{t("loading")}</p> : letter.data && (
        <>
          <p>{letter.data.customized ? t("editor.customized", { by: letter.data.updatedBy }) : t("editor.shipped")}</p>
          <WordingForm letter={letter.data} language={wanted} onSaved={(l) => letter.setData(l)} />
          <h2>{t("editor.fields")}</h2>
          <table>
            <caption className="visually-hidden">{t("editor.fields")}</caption>
            <thead><tr><th scope="col">{t("editor.field")}</th><th scope="col">{t("editor.meaning")}</th></tr></thead>
            <tbody>
              {letter.data.fields.map((f) => (
                <tr key={f.name}><td><code>{`{{ ${f.name} }}`}</code></td><td>{f.description}</td></tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
