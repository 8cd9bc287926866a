using FluentValidation;

namespace Library.Host.Contracts;

/// <summary>The body of "Mark missing": an optional note, kept as the cancellation's note and sent to the requester.</summary>
public sealed record MarkMissingBody(string? Note);

public sealed class MarkMissingBodyValidator : AbstractValidator<MarkMissingBody>
{
    public MarkMissingBodyValidator() => RuleFor(b => b.Note).MaximumLength(2000);
}
