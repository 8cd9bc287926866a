using Library.Departments;

namespace Library.Rules;

/// <summary>The answer of <see cref="RequestPolicy.DecideAsync"/>: allowed with the rule that routes it, or refused.</summary>
public abstract record PolicyDecision
{
    private PolicyDecision() { }

    /// <summary>The request may be placed; <paramref name="Rule"/> routes it, at <paramref name="Department"/>.</summary>
    public sealed record Allowed(ProfileRule Rule, Department Department) : PolicyDecision;

    /// <summary>
    /// The request may not be placed: <paramref name="Reason"/> is a sentence for the librarian and
    /// <paramref name="Field"/> the request field it concerns, as the API names it (<c>requester.userGroup</c>).
    /// </summary>
    public sealed record Refused(PolicyRefusal Kind, string Reason, string Field) : PolicyDecision;
}
