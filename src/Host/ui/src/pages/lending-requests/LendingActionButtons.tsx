import { useTranslation } from "react-i18next";
import { useAccount } from "../../auth/session";
import { directActions, labelOf, offered, type LendingActionTarget } from "./lendingActions";

interface LendingActionButtonsProps {
  request: LendingActionTarget;
  /** The action whose form is open, if any. */
  open: string | null;
  onOpen: (action: string) => void;
  onDirect: (action: string) => void;
  busy: boolean;
}

/** The request's actions allowed now: those that move it along at once, the others under "More actions". */
export function LendingActionButtons({ request, open, onOpen, onDirect, busy }: LendingActionButtonsProps) {
  const actions = offered(request, useAccount());
  const { t } = useTranslation("lending-requests");
  const button = (action: string) =>
    directActions.includes(action) ? (
      <button key={action} type="button" className="secondary" disabled={busy} onClick={() => onDirect(action)}>{labelOf(request, action)}</button>
    ) : (
      <button key={action} type="button" className={action === "reject" ? "danger" : undefined} aria-expanded={open === action}
        onClick={() => onOpen(action)}>
        {labelOf(request, action)}
      </button>
    );
  return (
    <>
      {actions.primary.map(button)}
      {actions.more.length > 0 && (
        <details className="more-actions">
          <summary>{t("moreActions")}</summary>
          <div className="row-actions">{actions.more.map(button)}</div>
        </details>
      )}
    </>
  );
}
