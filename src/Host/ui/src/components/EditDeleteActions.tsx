// A configuration row's Edit and Delete; Delete asks once more, in the row itself, before anything is removed.
export interface EditDeleteLabels {
  edit: string;
  /** The Edit button's accessible name, naming the row. */
  editLabel: string;
  delete: string;
  /** The Delete button's accessible name, naming the row. */
  deleteLabel: string;
  confirmDelete: string;
  keep: string;
}

export function EditDeleteActions({ confirming, labels, onEdit, onAsk, onDelete, onKeep }: {
  confirming: boolean;
  labels: EditDeleteLabels;
  onEdit: () => void;
  onAsk: () => void;
  onDelete: () => void;
  onKeep: () => void;
}) {
  return !confirming ? (
    <>
      <button type="button" aria-label={labels.editLabel} onClick={onEdit}>{labels.edit}</button>
      <button type="button" className="danger" aria-label={labels.deleteLabel} onClick={onAsk}>{labels.delete}</button>
    </>
  ) : (
    <>
      <button type="button" className="danger" onClick={onDelete}>{labels.confirmDelete}</button>
      <button type="button" className="secondary" onClick={onKeep}>{labels.keep}</button>
    </>
  );
}
