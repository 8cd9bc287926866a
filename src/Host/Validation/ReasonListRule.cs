using FluentValidation;
using Library.Persistence;
using Library.ResourceSharing;

namespace Library.Host.Validation;

public static class ReasonListRule
{
    /// <summary>The text must be on the configured <paramref name="list"/>; the message names the list and its reasons.</summary>
    public static IRuleBuilderOptions<T, string> ReasonFrom<T>(this IRuleBuilder<T, string> rule, LibraryDbContext db, LendingReasonList list, string listName)
    {
        IReadOnlyList<string> reasons = [];
        return rule.MustAsync(async (reason, ct) =>
            {
                reasons = await db.ReasonsOfAsync(list, ct);
                return reasons.Contains(reason, StringComparer.OrdinalIgnoreCase);
            })
            .WithMessage((_, reason) =>
                $"'{reason}' is not one of {listName} (/api/lending-reasons/{EnumNames<LendingReasonList>.Of(list)}): {string.Join(", ", reasons)}.");
    }
}
