import { useCallback, useState } from "react";
import { ApiError } from "../api/client";

/**
 * One form's submission: busy while its action runs, then what came of it — the action's success message, or the
 * problem it threw with the API's messages per field. The form's own state is left alone, so what was typed stays
 * for the user to correct.
 */
export function useSubmit(initialSuccess: string | (() => string) = "") {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [success, setSuccess] = useState(initialSuccess);

  /** Runs the action; a string it returns is the success message. Resolves to whether it succeeded. */
  const run = useCallback(async (action: () => Promise<string | void>): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    setSuccess("");
    try {
      setSuccess((await action()) ?? "");
      return true;
    } catch (e) {
      setProblem(e);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  /** Forgets the last outcome, as when the user turns to another form. */
  const reset = useCallback(() => {
    setProblem(null);
    setSuccess("");
  }, []);

  /** The messages the RFC 7807 problem's `errors` map holds for a field path (e.g. `outputs.target`). */
  const fieldErrors = useCallback(
    (path: string): string[] => (problem instanceof ApiError ? problem.field(path) : []),
    [problem],
  );

  return { busy, problem, success, run, reset, fieldErrors };
}

export type Submission = ReturnType<typeof useSubmit>;
