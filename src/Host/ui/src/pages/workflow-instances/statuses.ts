import type { WorkflowStatus } from "../../api/types";

/** The statuses the API writes, in the order an instance goes through them (Elsa 3's names). */
export const workflowStatuses: WorkflowStatus[] = ["running", "suspended", "finished", "cancelled", "faulted"];

/** Whether the API cancels an instance in this status: one that has not ended. */
export const cancellable = (status: WorkflowStatus) => status === "running" || status === "suspended" || status === "faulted";
