using Library.Host.Validation;
using FluentValidation;

namespace Library.Host.Contracts;

/// <summary>The copyright clearance fields of the approval page (Alma: Digitization Processing, Approving requests).</summary>
public sealed record CopyrightBody(string? CcNumber, DateOnly? CcOrderDate, DateOnly? CcApprovalDate, string? Note);

public sealed class CopyrightBodyValidator : AbstractValidator<CopyrightBody>
{
    public CopyrightBodyValidator()
    {
        RuleFor(b => b.CcNumber).MaximumLength(100);
        RuleFor(b => b.CcOrderDate).WithinCalendar();
        RuleFor(b => b.CcApprovalDate).WithinCalendar();
        RuleFor(b => b.CcApprovalDate).GreaterThanOrEqualTo(b => b.CcOrderDate)
            .When(b => b.CcOrderDate is not null && b.CcApprovalDate is not null)
            .WithMessage("'ccApprovalDate' cannot be before 'ccOrderDate'.");
        RuleFor(b => b.Note).MaximumLength(2000);
    }
}
