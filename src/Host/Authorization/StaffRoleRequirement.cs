using Library.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Library.Host.Authorization;

/// <summary>
/// An active, signed-in account whose password has not expired (unless <see cref="AllowsExpiredPassword"/>), holding
/// any of <see cref="AnyOf"/>: an empty list means any staff role, null no role at all (one's own account). A
/// registered scan station meets it only where <see cref="AllowsStations"/>; where it scans is the endpoint's check.
/// </summary>
public sealed record StaffRoleRequirement(IReadOnlyList<StaffRole>? AnyOf, bool AllowsExpiredPassword = false, bool AllowsStations = false)
    : IAuthorizationRequirement;
