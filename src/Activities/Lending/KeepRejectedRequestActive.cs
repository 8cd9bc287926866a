namespace Library.Lending;

/// <summary>Whether a rejected request stays in the active queue (<c>rs_keep_rejected_request_active</c>).</summary>
public enum KeepRejectedRequestActive { None, Lending, Both }
