using FluentValidation;
using Library.Lending;

namespace Library.Host.Contracts;

public sealed record PartnerEmailBody(string Subject, string Body) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(EnumNames<LendingAction>.Of(LendingAction.PartnerEmail), Subject: Subject, Body: Body);
}

public sealed class PartnerEmailBodyValidator : AbstractValidator<PartnerEmailBody>
{
    public PartnerEmailBodyValidator()
    {
        RuleFor(b => b.Subject).NotEmpty().MaximumLength(300);
        RuleFor(b => b.Body).NotEmpty().MaximumLength(10000);
    }
}
