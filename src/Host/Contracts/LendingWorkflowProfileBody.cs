using FluentValidation;
using Library.Host.Validation;
using Library.ResourceSharing;

namespace Library.Host.Contracts;

/// <summary>
/// A lending workflow profile as <c>POST /api/lending-workflow-profiles</c> and <c>PUT …/{code}</c> take it. Every step
/// is given: a profile says what its partners' requests may do. The steps are nullable only so that a missing one is
/// named rather than read as false; <see cref="Code"/> may be left out of a PUT, whose path names the profile.
/// </summary>
public sealed record LendingWorkflowProfileBody(
    string? Code, string Name, bool? AwaitDigitalReceipt, bool? WillSupplyStep, bool? ManualRenewStep, bool? ReactivateStep, bool? IsoCheckInMessage)
{
    /// <summary>Copies the body onto <paramref name="profile"/>; only for a body its validator let through.</summary>
    public void ApplyTo(LendingWorkflowProfile profile)
    {
        profile.Name = Name;
        profile.AwaitDigitalReceipt = AwaitDigitalReceipt!.Value;
        profile.WillSupplyStep = WillSupplyStep!.Value;
        profile.ManualRenewStep = ManualRenewStep!.Value;
        profile.ReactivateStep = ReactivateStep!.Value;
        profile.IsoCheckInMessage = IsoCheckInMessage!.Value;
    }
}

public sealed class LendingWorkflowProfileBodyValidator : AbstractValidator<LendingWorkflowProfileBody>
{
    public LendingWorkflowProfileBodyValidator()
    {
        RuleFor(p => p.Code).Must(c => ConfigurationCode.Problem(c, "a workflow profile") is null).When(p => p.Code is not null)
            .WithMessage(p => ConfigurationCode.Problem(p.Code, "a workflow profile")!);
        RuleFor(p => p.Name).NotEmpty().MaximumLength(200);
        RuleFor(p => p.AwaitDigitalReceipt).NotNull().WithMessage("'awaitDigitalReceipt' must be true or false.");
        RuleFor(p => p.WillSupplyStep).NotNull().WithMessage("'willSupplyStep' must be true or false.");
        RuleFor(p => p.ManualRenewStep).NotNull().WithMessage("'manualRenewStep' must be true or false.");
        RuleFor(p => p.ReactivateStep).NotNull().WithMessage("'reactivateStep' must be true or false.");
        RuleFor(p => p.IsoCheckInMessage).NotNull().WithMessage("'isoCheckInMessage' must be true or false.");
    }
}
