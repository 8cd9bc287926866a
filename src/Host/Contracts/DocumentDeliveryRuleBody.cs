using FluentValidation;

namespace Library.Host.Contracts;

/// <summary>
/// An electronic document delivery rule as the API and the seed file hold it: <c>userGroups</c> is the rule's
/// "User Group In List" parameter; its output is always true. Omitted <c>enabled</c>: a new rule is enabled, a
/// replaced one keeps its state.
/// </summary>
public sealed record DocumentDeliveryRuleBody(string Name, string? Description, bool? Enabled, List<string> UserGroups)
{
    /// <summary>The user groups without repeats (compared without regard to case), once the validator has passed the body.</summary>
    public List<string> Groups() => UserGroups.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

public sealed class DocumentDeliveryRuleBodyValidator : AbstractValidator<DocumentDeliveryRuleBody>
{
    public DocumentDeliveryRuleBodyValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Description).MaximumLength(2000);
        RuleFor(r => r.UserGroups).NotEmpty()
            .WithMessage("'userGroups' lists the user groups that may receive document delivery: at least one.");
        RuleFor(r => r.UserGroups).Must(g => g.Count <= 500).When(r => r.UserGroups is not null)
            .WithMessage("A rule lists at most 500 user groups.");
        RuleForEach(r => r.UserGroups).NotEmpty().WithMessage("A user group must not be blank.").MaximumLength(100);
    }
}
