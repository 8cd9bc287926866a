namespace Library.Approvals;

public enum ApprovalStatus { Pending, Approved, Rejected }
