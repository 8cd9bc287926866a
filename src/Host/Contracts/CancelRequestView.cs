using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>The partner asked to cancel; the status the lender's refusal returns to.</summary>
public sealed record CancelRequestView(LendingStatus InterruptedStatus);
