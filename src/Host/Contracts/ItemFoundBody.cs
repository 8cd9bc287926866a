using FluentValidation;
using Library.Catalogue;

namespace Library.Host.Contracts;

/// <summary>The body of "Item found": an optional note on where the item turned up; the body may be left out.</summary>
public sealed record ItemFoundBody(string? Note);

public sealed class ItemFoundBodyValidator : AbstractValidator<ItemFoundBody>
{
    public ItemFoundBodyValidator() => RuleFor(b => b.Note).MaximumLength(ItemHistoryEntry.MaxNoteLength);
}
