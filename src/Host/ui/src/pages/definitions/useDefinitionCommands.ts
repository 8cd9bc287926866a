import { useState } from "react";
import { definitions } from "../../api/library";
import type { WorkflowDefinition } from "../../api/types";
import { navigate } from "../../router";
import { setFlash, takeFlash } from "../../components/flash";
import { useSubmit } from "../../components/useSubmit";

/**
 * Validate and Publish, for a stored version's page and an imported file's alike. The status line also reports edits
 * (by clearing), so it is the page's, not the submission's. A publish that stores a version other than the one shown
 * goes to that version's page, so what is shown is what is stored.
 */
export function useDefinitionCommands(shownVersion: number | null) {
  const [status, setStatus] = useState(takeFlash);
  const sending = useSubmit();

  const validate = (definition: WorkflowDefinition) => {
    setStatus("");
    void sending.run(async () => {
      await definitions.validate(definition);
      setStatus("The definition is valid");
    });
  };

  const publish = (definition: WorkflowDefinition) => {
    setStatus("");
    void sending.run(async () => {
      const { summary: published, created } = await definitions.publish(definition);
      const message = created
        ? `Published version ${published.version} as a draft; activate it to start new requests on it`
        : `Unchanged: version ${published.version} is the newest`;
      if (published.version === shownVersion) {
        setStatus(message);
      } else {
        setFlash(message);
        navigate(`/definitions/${encodeURIComponent(published.id)}/${published.version}`);
      }
    });
  };

  return { status, setStatus, sending, validate, publish };
}

/** Hands `blob` to the browser as a download named `fileName`. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  // In the document for the click, as some browsers ignore clicks on detached links.
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
