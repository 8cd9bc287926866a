using FluentValidation;
using Library.Host.Validation;
using Library.Lending;
using Library.Persistence;
using Library.ResourceSharing;

namespace Library.Host.Contracts;

/// <summary>
/// The lender's answer to the partner's cancel request; accepting it may give a reason from the cancellation list.
/// <see cref="Accept"/> stays nullable although required: a missing <see cref="bool"/> would read as false, a refusal
/// nobody sent.
/// </summary>
public sealed record CancelReplyBody(bool? Accept, string? InternalNote, string? PartnerNote, string? Reason = null) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(EnumNames<LendingAction>.Of(LendingAction.CancelReply), InternalNote, PartnerNote, Accept: Accept, Reason: Reason is { Length: > 0 } ? Reason : null);
}

public sealed class CancelReplyBodyValidator : AbstractValidator<CancelReplyBody>
{
    public CancelReplyBodyValidator(LibraryDbContext db)
    {
        RuleFor(b => b.Accept).NotNull().WithMessage("'accept' must be true or false.");
        RuleFor(b => b.Reason).Empty().When(b => b.Accept == false)
            .WithMessage("A 'reason' is given only when accepting the cancellation.");
        RuleFor(b => b.Reason!).Cascade(CascadeMode.Stop).MaximumLength(200)
            .ReasonFrom(db, LendingReasonList.Cancellation, "the lending cancellation reasons").When(b => b.Accept == true && b.Reason is { Length: > 0 });
        RuleFor(b => b.InternalNote).MaximumLength(2000);
        RuleFor(b => b.PartnerNote).MaximumLength(2000);
    }
}
