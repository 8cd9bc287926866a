using System.Security.Claims;

namespace Library.Host;

/// <summary>
/// Who performs an API call, recorded on every history entry: the signed-in account's user name, or
/// <c>scan-station:{id}</c> for a station's key.
/// </summary>
public static class ActingAccount
{
    public static string Of(HttpContext http) =>
        http.User.FindFirstValue(ClaimTypes.Name) ?? throw new InvalidOperationException("No signed-in account or station: the endpoint has no authorization policy.");

    /// <summary>Who calls an open workflow endpoint (a public form): the signed-in account, or nobody known.</summary>
    public static string OrAnonymous(HttpContext http) => http.User.FindFirstValue(ClaimTypes.Name) ?? Anonymous;

    public const string Anonymous = "anonymous";

    public static string StationActor(string stationId) => $"scan-station:{stationId}";
}
