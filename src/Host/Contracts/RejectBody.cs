using FluentValidation;
using Library.Host.Validation;
using Library.Lending;
using Library.Persistence;
using Library.ResourceSharing;

namespace Library.Host.Contracts;

/// <summary>
/// Rejecting a lending request (Alma: Managing Resource Sharing Lending Requests, "Rejecting a lending request"): a
/// reason from the rejection list, which the partner is told; optionally an internal reason from the internal
/// rejection list, which only the lender sees; an internal note and a note to the partner.
/// </summary>
public sealed record RejectBody(string Reason, string? InternalReason, string? InternalNote, string? PartnerNote) : ILendingActionBody
{
    public LendingCommand ToCommand() =>
        new(EnumNames<LendingAction>.Of(LendingAction.Reject), InternalNote, PartnerNote, Reason: Reason, InternalReason: InternalReason is { Length: > 0 } ? InternalReason : null);
}

public sealed class RejectBodyValidator : AbstractValidator<RejectBody>
{
    public RejectBodyValidator(LibraryDbContext db)
    {
        RuleFor(b => b.Reason).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(200)
            .ReasonFrom(db, LendingReasonList.Rejection, "the lending rejection reasons");
        RuleFor(b => b.InternalReason!).Cascade(CascadeMode.Stop).MaximumLength(200)
            .ReasonFrom(db, LendingReasonList.InternalRejection, "the internal rejection reasons").When(b => b.InternalReason is { Length: > 0 });
        RuleFor(b => b.InternalNote).MaximumLength(2000);
        RuleFor(b => b.PartnerNote).MaximumLength(2000);
    }
}
