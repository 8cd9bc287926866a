using FluentValidation;
using Library.Digitization;
using Library.Rules;

namespace Library.Host.Contracts;

/// <summary>
/// A sample request for "Try a request" on the profile rules page: the facts the rules look at. <c>requesterType</c>
/// defaults to patron, as for a new request.
/// </summary>
public sealed record RuleTryBody(string UserGroup, string Library, string Location, string? MaterialType, string Scope, string? RequesterType)
{
    /// <summary>The facts, once the validator has passed the body.</summary>
    public RequestFacts ToFacts() => new(
        UserGroup, Library, Location, string.IsNullOrEmpty(MaterialType) ? null : MaterialType,
        string.Equals(Scope, ProfileRuleChecks.ScopeName(DigitizationScope.Full), StringComparison.OrdinalIgnoreCase) ? DigitizationScope.Full : DigitizationScope.Partial,
        string.Equals(RequesterType, ProfileRuleChecks.RequesterTypeName(Rules.RequesterType.Staff), StringComparison.OrdinalIgnoreCase)
            ? Rules.RequesterType.Staff : Rules.RequesterType.Patron);
}

public sealed class RuleTryBodyValidator : AbstractValidator<RuleTryBody>
{
    public RuleTryBodyValidator()
    {
        RuleFor(b => b.UserGroup).NotEmpty().MaximumLength(100);
        RuleFor(b => b.Library).NotEmpty().MaximumLength(50);
        RuleFor(b => b.Location).NotEmpty().MaximumLength(50);
        RuleFor(b => b.MaterialType).MaximumLength(50);
        RuleFor(b => b.Scope).NotEmpty();
        RuleFor(b => b.Scope).Must(s => ProfileRuleChecks.Scopes.Contains(s, StringComparer.OrdinalIgnoreCase))
            .When(b => !string.IsNullOrEmpty(b.Scope))
            .WithMessage(b => $"'scope' must be {string.Join(" or ", ProfileRuleChecks.Scopes)}, not '{b.Scope}'.");
        RuleFor(b => b.RequesterType).Must(t => ProfileRuleChecks.RequesterTypes.Contains(t, StringComparer.OrdinalIgnoreCase))
            .When(b => b.RequesterType is not null)
            .WithMessage(b => $"'requesterType' must be {string.Join(" or ", ProfileRuleChecks.RequesterTypes)}, not '{b.RequesterType}'.");
    }
}
