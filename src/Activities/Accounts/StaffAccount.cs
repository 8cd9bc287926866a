using Microsoft.AspNetCore.Identity;

namespace Library.Accounts;

/// <summary>
/// A staff account: a person's or a desk's (<see cref="Kind"/>), with the roles it holds and when it ends. Its password,
/// lockout and security stamp are Identity's.
/// </summary>
public sealed class StaffAccount : IdentityUser
{
    /// <summary>How long a shared account's password lasts: a new one each year (Alma: consortium help page, Access: Alma accounts).</summary>
    public static readonly TimeSpan SharedPasswordLifetime = TimeSpan.FromDays(365);

    public string DisplayName { get; set; } = "";
    public AccountKind Kind { get; set; }

    /// <summary>
    /// The last day the account works, or null for a permanent one. Temporary staff: the end of the assignment plus one
    /// month; volunteers: 31 December of the year.
    /// </summary>
    public DateOnly? EndDate { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The language the account reads the staff UI in, one of <see cref="Languages.Language"/>; null follows the
    /// institution's default.
    /// </summary>
    public string? Language { get; set; }

    /// <summary>Set for a password someone else chose (the first administrator's, an administrator's reset): the owner must change it.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime PasswordChangedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<RoleGrant> Roles { get; set; } = [];

    public bool IsActiveOn(DateOnly today) => Enabled && (EndDate is null || today <= EndDate.Value);

    /// <summary>An expired password can only be changed: the account may do nothing else until it is.</summary>
    public bool PasswordExpired(DateTime utcNow) =>
        MustChangePassword || (Kind == AccountKind.Shared && utcNow - PasswordChangedAt >= SharedPasswordLifetime);

    /// <summary>Whether the account holds any of <paramref name="roles"/> at <paramref name="place"/> (null: anywhere).</summary>
    public bool Holds(IEnumerable<StaffRole> roles, string? place = null) =>
        Roles.Any(g => roles.Contains(g.Role) && (place is null || g.Covers(place)));
}
