import { useState } from "react";
import { useSubmit } from "./useSubmit";

/**
 * A configuration table's editing: the row in the form (or "new"), the row asking to be deleted, and what came of the
 * last change. A save or a delete reloads the list before its message shows.
 */
export function useRowEditing<Row, Key>(reload: () => Promise<unknown>) {
  const [editing, setEditing] = useState<Row | "new" | null>(null);
  const [confirming, setConfirming] = useState<Key | null>(null);
  const changing = useSubmit();

  const open = (row: Row | "new") => {
    changing.reset();
    setConfirming(null);
    setEditing(row);
  };

  /** The form saved: close it and show <paramref name="message"/> once the list is read again. */
  const saved = (message: string) =>
    changing.run(async () => {
      setEditing(null);
      await reload();
      return message;
    });

  /** Runs the deletion the row confirmed, then reads the list again. */
  const removed = (deletion: () => Promise<unknown>, message: string) =>
    changing.run(async () => {
      setConfirming(null);
      await deletion();
      await reload();
      return message;
    });

  return { editing, setEditing, confirming, setConfirming, changing, open, saved, removed };
}
