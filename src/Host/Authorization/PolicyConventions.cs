using Library.Host.Problems;

namespace Library.Host.Authorization;

public static class PolicyConventions
{
    /// <summary>The endpoint (or group) needs <paramref name="policy"/>; the OpenAPI document lists its 401 and 403 problems.</summary>
    public static TBuilder Needs<TBuilder>(this TBuilder builder, string policy) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy).Refuses(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
}
