// The endpoints of a request's Edit page (notes, status), the lists' search and the staff's "Create request" form.
import { del, get, post, put, query } from "./client";
import type { components } from "./schema";
import type { Approval, DigitizationRequestView } from "./types";

type Schemas = components["schemas"];
export type DigitizationNote = Schemas["DigitizationNoteView"];
export type StatusChoices = Schemas["StatusChoicesView"];
export type CreateDigitizationRequest = Schemas["CreateDigitizationRequest"];

/** The Notes tab's Find: the text to look for and the field it is looked for in. */
export interface NoteFind {
  text?: string;
  createdBy?: string;
  updatedBy?: string;
}

export const notes = {
  list: (requestId: string, find: NoteFind) => get<DigitizationNote[]>(`/api/requests/${requestId}/notes${query({ ...find })}`),
  add: (requestId: string, text: string) => post<DigitizationNote>(`/api/requests/${requestId}/notes`, { text } satisfies Schemas["NoteBody"]),
  edit: (requestId: string, noteId: string, text: string) =>
    put<DigitizationNote>(`/api/requests/${requestId}/notes/${noteId}`, { text } satisfies Schemas["NoteBody"]),
  remove: (requestId: string, noteId: string) => del(`/api/requests/${requestId}/notes/${noteId}`),
};

export const requestStatus = {
  choices: (requestId: string) => get<StatusChoices>(`/api/requests/${requestId}/status`),
  set: (requestId: string, status: string, note: string) =>
    put<DigitizationRequestView>(`/api/requests/${requestId}/status`, { status, note: note || null } satisfies Schemas["StatusChangeBody"]),
};

/** The Approval Requests List's pending requests, found by the Find box and "Filter by this Record". */
export const approvalSearch = {
  pending: (q: string, sameRecordAs: string | null) =>
    get<Approval[]>(`/api/approvals${query({ status: "pending", q: q || undefined, sameRecordAs: sameRecordAs ?? undefined })}`),
};

export const newRequests = {
  create: (body: CreateDigitizationRequest) => post<DigitizationRequestView>("/api/digitization-requests", body),
};
