using System.Security.Claims;
using System.Text.Encodings.Web;
using Library.Persistence;
using Library.Scanning;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Library.Host.Authorization;

/// <summary>
/// Authenticates a registered scan station by the key it sends in <c>X-Api-Key</c>, found by its hash. The principal
/// names the station and the place it scans at; an unknown or revoked key is refused, saying which.
/// </summary>
public sealed class StationKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, LibraryDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ScanStationKey";
    public const string Header = "X-Api-Key";
    public const string StationClaim = "scan_station";

    /// <summary>Where the station scans, keyed as a scan's place is (<see cref="Moves.Place.Key"/>).</summary>
    public const string PlaceClaim = "scan_place";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers[Header].ToString() is not { Length: > 0 } key) return AuthenticateResult.NoResult();
        var hash = ScanStation.HashOf(key);
        var station = await db.ScanStations.AsNoTracking().SingleOrDefaultAsync(s => s.KeyHash == hash, Context.RequestAborted);
        if (station is null || station.Revoked)
        {
            var why = station is null ? "The scan station key is not known." : $"The key of scan station '{station.Id}' was revoked.";
            AccessRefusal.Remember(Context, why);
            return AuthenticateResult.Fail(why);
        }
        Claim[] claims =
        [
            new(ClaimTypes.Name, ActingAccount.StationActor(station.Id)), new(StationClaim, station.Id),
            new(PlaceClaim, station.ScanPlace.Key),
        ];
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }
}
