using FluentValidation;

namespace Library.Host.Contracts;

/// <summary>The body of <c>PUT /api/patron-limits/{userGroup}</c>: 0 forbids the group to request, null lifts the limit.</summary>
public sealed record PatronLimitBody(int? MaxDigitizationRequests);

public sealed class PatronLimitBodyValidator : AbstractValidator<PatronLimitBody>
{
    public const int MaxLimit = 10_000;

    public PatronLimitBodyValidator()
    {
        RuleFor(l => l.MaxDigitizationRequests).InclusiveBetween(0, MaxLimit).When(l => l.MaxDigitizationRequests is not null)
            .WithMessage($"'maxDigitizationRequests' is how many open requests one patron may have, 0 to {MaxLimit} " +
                         "(0: the group may not request digitization), or null for no limit.");
    }

    /// <summary>Why a user group from the path is refused, or null when it is acceptable.</summary>
    public static string? UserGroupProblem(string userGroup) =>
        string.IsNullOrWhiteSpace(userGroup) || userGroup.Length > 100
            ? "A user group is 1 to 100 characters, not blank."
            : null;
}
