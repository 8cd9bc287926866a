import { useState } from "react";
import { useTranslation } from "react-i18next";
import { lendingRequests } from "../../api/library";
import type { LendingRequestView } from "../../api/types";
import { useAccount } from "../../auth/session";
import { useSubmit } from "../../components/useSubmit";
import type { LendingActionTarget } from "./lendingActions";

export type OpenAction = { requestId: string; action: string } | null;

/**
 * Taking lending actions from a list or a request's page: which action's form is open on which request, and the
 * one-click assignment, whose problem the page shows. `onFinished` hears every action that went through.
 */
export function useLendingActions(onFinished: (view: LendingRequestView, message: string) => void) {
  const account = useAccount();
  const [open, setOpen] = useState<OpenAction>(null);
  const direct = useSubmit();
  const { t } = useTranslation("lending-requests");

  const finish = (view: LendingRequestView, message: string) => {
    setOpen(null);
    onFinished(view, message);
  };

  const openForm = (requestId: string, action: string) => {
    direct.reset();
    setOpen({ requestId, action });
  };

  const runDirect = (request: LendingActionTarget, action: string) => {
    setOpen(null);
    void direct.run(async () => {
      const view = action === "assign" ? await lendingRequests.act(request.id, "assign", {}) : await lendingRequests.act(request.id, "release");
      finish(view, action === "assign" ? t("assigned", { title: request.title, userName: account.userName }) : t("released", { title: request.title }));
    });
  };

  return { open, openForm, close: () => setOpen(null), finish, runDirect, direct };
}
