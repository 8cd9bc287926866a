import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { lendingRequests } from "../../api/library";
import type { IsoMessage, LendingRequestView } from "../../api/types";
import { can } from "../../auth/permissions";
import { useAccount } from "../../auth/session";
import { LetterList, useLetterActions } from "../../components/LetterList";
import { ProblemAlert } from "../../components/ProblemAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { dateTime } from "../../components/format";
import { useLoad } from "../../components/useLoad";

/**
 * What passed between the library and the partner (Alma: Managing Resource Sharing Lending Requests, "Communicating
 * with partners"): the letters the request's workflow sent, as the outbox has them; the e-mails staff wrote; and the
 * ISO 18626 messages exchanged with an ISO partner, both ways, with their XML and how each was confirmed.
 */
export function LendingCommunications({ request, onHistoryChanged }: { request: LendingRequestView; onHistoryChanged: () => Promise<void> }) {
  const account = useAccount();
  const { t } = useTranslation("lending-request");
  const letters = useLoad(() => lendingRequests.letters(request.id), [request.id, request.updatedAt]);
  const { submission, act } = useLetterActions(async () => {
    await Promise.all([letters.reload(), onHistoryChanged()]);
  });
  return (
    <section aria-labelledby="communications-heading">
      <h2 id="communications-heading">{t("comm.title")}</h2>
      <h3>{t("comm.letters")}</h3>
      <StatusMessage message={submission.success} />
      <ProblemAlert error={submission.problem ?? letters.error} />
      {letters.data && <LetterList letters={letters.data} caption={t("comm.letters")} onAct={can.administer(account) ? act : undefined} />}

      <h3>{t("comm.emails")}</h3>
      {request.communications.length === 0 ? <p>{t("comm.noEmails")}</p> : (
        <ul className="plain-list communications">
          {request.communications.map((c) => (
            <li key={`${c.at}-${c.subject}`}>
              <details>
                <summary><strong>{c.subject}</strong> <span className="subtle">{t("comm.emailMeta", { to: c.to, sender: c.sender, when: dateTime(c.at) })}</span></summary>
                <p className="prose-text">{c.body}</p>
              </details>
            </li>
          ))}
        </ul>
      )}

      {(request.partner.profileType === "ISO" || request.isoMessages.length > 0) && (
        <>
          <h3>{t("comm.iso")}</h3>
          {request.isoMessages.length === 0 ? <p>{t("comm.noMessages")}</p> : (
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("comm.when")}</th>
                    <th scope="col">{t("comm.direction")}</th>
                    <th scope="col">{t("comm.reason")}</th>
                    <th scope="col">{t("comm.status")}</th>
                    <th scope="col">{t("comm.answer")}</th>
                    <th scope="col">{t("comm.note")}</th>
                    <th scope="col">{t("comm.delivery")}</th>
                  </tr>
                </thead>
                <tbody>
                  {request.isoMessages.map((m) => (
                    <Fragment key={`${m.at}-${m.direction}-${m.reasonForMessage}`}>
                      <tr>
                        <td>{dateTime(m.at)}</td>
                        <td>{m.direction === "sent" ? t("comm.sent") : t("comm.received")}</td>
                        <td>{m.reasonForMessage}</td>
                        <td>{m.status ?? ""}</td>
                        <td>{m.answerYesNo === null ? "" : m.answerYesNo ? t("comm.yes") : t("comm.no")}</td>
                        <td>{m.note ?? ""}</td>
                        <td>{delivery(m, t)}</td>
                      </tr>
                      {(m.xml || m.confirmationXml) && (
                        // The XML on a row of its own, so the long lines wrap there rather than widen the table.
                        <tr>
                          <td colSpan={7}>
                            {m.xml && (
                              <details>
                                <summary>{t("comm.messageXml")}</summary>
                                <pre className="xml-text">{m.xml}</pre>
                              </details>
                            )}
                            {m.confirmationXml && (
                              <details>
                                <summary>{t("comm.confirmationXml")}</summary>
                                <pre className="xml-text">{m.confirmationXml}</pre>
                              </details>
                            )}
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/**
 * Where a message stands: a sent one waits for the partner until its confirmation comes (or was never sent, when the
 * partner has no ISO endpoint or we have no ISO symbol: the history says which); then the confirmation's status, with
 * the error the partner named. A received one shows the confirmation we answered with.
 */
function delivery(m: IsoMessage, t: TFunction<"lending-request">): string {
  if (m.direction === "sent" && m.xml === null) return t("comm.notSent");
  if (m.confirmedAt === null) return t("comm.waiting");
  const error = [m.errorType, m.errorValue].filter(Boolean).join(": ");
  if (m.messageStatus === "OK") return m.direction === "sent" ? t("comm.delivered", { when: dateTime(m.confirmedAt) }) : "OK";
  if (m.messageStatus === "ERROR") return `ERROR${error ? ` — ${error}` : ""}`;
  return t("comm.notTaken", { error });
}
