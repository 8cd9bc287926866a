using Library.Host.Problems;
using System.Security.Claims;
using Library.Accounts;
using Library.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Library.Host.Authorization;

/// <summary>
/// The signed-in account of this request, read once from the database: a cookie or token is only as good as the
/// account behind it, so an account that ended, was disabled or signed out everywhere (a new security stamp) stops
/// working at once rather than when its token expires.
/// </summary>
public sealed class StaffAccess(IHttpContextAccessor http, LibraryDbContext db, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    private (bool Read, StaffAccount? Account) _current;

    public async Task<StaffAccount?> CurrentAsync(CancellationToken ct = default)
    {
        if (_current.Read) return _current.Account;
        var user = http.HttpContext?.User;
        var id = user?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = user?.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var account = id is null ? null : await db.StaffAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        _current = (true, account is not null && account.SecurityStamp == stamp && account.IsActiveOn(Today) ? account : null);
        return _current.Account;
    }

    /// <summary>
    /// Null when the signed-in account holds any of <paramref name="roles"/> at <paramref name="place"/>; otherwise the
    /// 403 naming the role and the place.
    /// </summary>
    public async Task<ProblemHttpResult?> RefusalAsync(IReadOnlyCollection<StaffRole> roles, string place, string what, CancellationToken ct = default)
    {
        var account = await CurrentAsync(ct);
        return account is not null && account.Holds(roles, place)
            ? null
            : ApiProblems.Forbidden($"Account '{account?.UserName}' lacks the role {string.Join(" or ", roles.Select(r => r.DisplayName()))} at {what}.");
    }

    /// <summary>The same for work scoped to the item's library (fulfilment): "… at library LAW".</summary>
    public Task<ProblemHttpResult?> RefusalAtLibraryAsync(IReadOnlyCollection<StaffRole> roles, string library, CancellationToken ct = default) =>
        RefusalAsync(roles, library, $"library {library}", ct);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;
}
