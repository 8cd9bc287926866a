import { useTranslation } from "react-i18next";
import { can } from "../../auth/permissions";
import { useAccount } from "../../auth/session";
import { Link } from "../../router";

/** The way to the Create request form, for the staff who may place requests for patrons. */
export function CreateRequestLink() {
  const { t } = useTranslation("new-request");
  const account = useAccount();
  return can.createRequests(account) ? <p><Link href="/requests/new" className="button-link">{t("open")}</Link></p> : null;
}
