using Microsoft.AspNetCore.Authorization;

namespace Library.Host.Authorization;

/// <summary>
/// The policy of what resource-sharing partners call. A partner has no staff account, so the call is let in; the
/// message itself says who sends it, checked against the registered partner (ISO symbol and shared secret).
/// </summary>
public static class PartnerPolicies
{
    /// <summary>ISO 18626 messages from partners (<c>POST /api/iso18626</c>), authenticated inside the message.</summary>
    public const string Iso18626Partner = nameof(Iso18626Partner);

    public static AuthorizationBuilder AddPartnerPolicies(this AuthorizationBuilder policies) =>
        policies.AddPolicy(Iso18626Partner, p => p.RequireAssertion(_ => true));
}
