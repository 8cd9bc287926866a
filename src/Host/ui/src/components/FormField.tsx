import type { ReactNode } from "react";

/** What the control inside a FormField carries: its id for the label, and the links to its hint and its error. */
export interface FieldControlProps {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

interface FormFieldProps {
  /** The control's id; the label, hint and error are tied to it. */
  id: string;
  label: ReactNode;
  /** The messages for this field, shown beside it; any makes the control invalid. */
  errors?: string[];
  hint?: ReactNode;
  /** A checkbox comes before its label, on one line. */
  checkbox?: boolean;
  /** A layout class beside "field", such as "grow". */
  className?: string;
  /** Renders the input, select or textarea with the props that tie it to its label, hint and error. */
  children: (control: FieldControlProps) => ReactNode;
}

/** One form field: its label, its control, an optional hint, and its messages, all tied to the control by id. */
export function FormField({ id, label, errors = [], hint, checkbox = false, className, children }: FormFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = errors.length > 0;
  const describedBy = [hint ? hintId : "", invalid ? errorId : ""].filter(Boolean).join(" ");
  const control = children({
    id,
    ...(invalid ? { "aria-invalid": true as const } : {}),
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
  });
  const labelElement = <label htmlFor={id}>{label}</label>;
  return (
    <div className={["field", checkbox ? "checkbox" : "", className ?? ""].filter(Boolean).join(" ")}>
      {checkbox ? <>{control}{labelElement}</> : <>{labelElement}{control}</>}
      {hint && <span id={hintId} className="hint">{hint}</span>}
      {invalid && <span id={errorId} className="field-error">{errors.join(" ")}</span>}
    </div>
  );
}
