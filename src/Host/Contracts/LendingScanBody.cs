using FluentValidation;
using Library.Host.Validation;

namespace Library.Host.Contracts;

/// <summary>
/// A lending item scanned in (<c>POST /api/lending-requests/scan-in</c>): the barcode; the <see cref="DueDate"/> the
/// partner returns it by, needed when the scan ships it; the <see cref="RequestId"/> when the barcode belongs to more
/// than one request waiting for a scan; and the notes any lending action may carry.
/// </summary>
public sealed record LendingScanBody(string Barcode, DateOnly? DueDate, Guid? RequestId, string? InternalNote, string? PartnerNote);

public sealed class LendingScanBodyValidator : AbstractValidator<LendingScanBody>
{
    public LendingScanBodyValidator()
    {
        RuleFor(b => b.Barcode).NotEmpty().MaximumLength(100);
        RuleFor(b => b.DueDate).WithinCalendar();
        RuleFor(b => b.InternalNote).MaximumLength(2000);
        RuleFor(b => b.PartnerNote).MaximumLength(2000);
    }
}

/// <summary>A lending request the scanned barcode belongs to, and what scanning it in does to it (<c>check-in</c> or <c>ship-physically</c>).</summary>
public sealed record LendingScanCandidate(Guid Id, Library.Lending.LendingStatus Status, string PartnerCode, string ExternalId, string Title,
    Library.Lending.LendingAction Action);
