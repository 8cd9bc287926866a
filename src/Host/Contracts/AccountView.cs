using Library.Accounts;
using Library.Host.Configuration;

namespace Library.Host.Contracts;

/// <summary>
/// An account as administrators and its owner see it; never its password. <c>active</c>: enabled and not past its end
/// date; <c>passwordExpired</c>: the password must be changed before anything else; <c>language</c>: the one the account
/// reads the staff UI in (its own choice, else the institution's).
/// </summary>
public sealed record AccountView(
    string UserName,
    string DisplayName,
    string? Email,
    AccountKind Kind,
    DateOnly? EndDate,
    bool Enabled,
    bool Active,
    bool PasswordExpired,
    DateTimeOffset? LockedOutUntil,
    DateTime CreatedAt,
    IReadOnlyList<RoleGrantBody> Roles,
    string Language)
{
    public static AccountView Of(StaffAccount account, DateTime utcNow, InstitutionLanguage language) => new(
        account.UserName!, account.DisplayName, account.Email, account.Kind, account.EndDate, account.Enabled,
        account.IsActiveOn(DateOnly.FromDateTime(utcNow)), account.PasswordExpired(utcNow),
        account.LockoutEnd is { } end && end > utcNow ? end : null, account.CreatedAt,
        account.Roles.Select(RoleGrantBody.Of).ToList(), language.Of(account));
}
