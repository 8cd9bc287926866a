using Library.Host.Validation;
using FluentValidation;
using Library.Accounts;
using Library.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Library.Host.Contracts;

/// <summary>
/// An account as <c>POST /api/accounts</c> and <c>PUT /api/accounts/{userName}</c> take it. <c>password</c> is required
/// to create one and ignored when editing (<c>POST /api/accounts/{userName}/password</c> sets it); <c>enabled</c>
/// defaults to true; <c>endDate</c> is the last day the account works.
/// </summary>
public sealed record AccountBody(
    string UserName,
    string DisplayName,
    string? Email,
    string Kind,
    string? Password,
    DateOnly? EndDate,
    bool? Enabled,
    List<RoleGrantBody> Roles)
{
    public AccountKind AccountKind() => EnumNames<AccountKind>.TryParse(Kind, out var kind) ? kind : Accounts.AccountKind.Personal;

    public List<RoleGrant> Grants() => Roles.Select(r => r.ToGrant()).ToList();
}

public sealed class AccountBodyValidator : AbstractValidator<AccountBody>
{
    public const string UserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";

    public AccountBodyValidator(LibraryDbContext db)
    {
        // Stops at the first failure: a body without a user name has no characters to check.
        RuleFor(a => a.UserName).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(100)
            .Must(n => n.All(UserNameCharacters.Contains)).WithMessage("'userName' may hold letters, digits and - . _ @ + only.");
        RuleFor(a => a.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(a => a.Email).EmailAddress().MaximumLength(256).When(a => !string.IsNullOrEmpty(a.Email));
        RuleFor(a => a.Kind).NotEmpty().Must(k => EnumNames<AccountKind>.TryParse(k, out _))
            .WithMessage("'kind' must be 'personal' or 'shared'.");
        RuleFor(a => a.EndDate).WithinCalendar();
        RuleFor(a => a.Roles).NotNull();
        // Checked one by one, so the 400 names the grant: roles[1].role, roles[0].scope.
        RuleForEach(a => a.Roles).NotNull().SetValidator(a => new RoleGrantBodyValidator(a, db));
    }
}

/// <summary>A grant names a known role, scoped as the role is; a shared account holds fulfilment roles only.</summary>
/// <remarks>Internal: it is made per account body, never resolved on its own.</remarks>
internal sealed class RoleGrantBodyValidator : AbstractValidator<RoleGrantBody>
{
    public RoleGrantBodyValidator(AccountBody account, LibraryDbContext db)
    {
        RuleFor(g => g.Role).NotEmpty().Must(r => EnumNames<StaffRole>.TryParse(r, out _))
            .WithMessage(g => $"Unknown role '{g.Role}'; one of: {string.Join(", ", EnumNames<StaffRole>.All)}.");
        When(g => EnumNames<StaffRole>.TryParse(g.Role, out _), () =>
        {
            RuleFor(g => g.Role)
                .Must(r => account.AccountKind() == AccountKind.Personal || Role(r).IsFulfilment())
                .WithMessage(g => $"A shared account may hold fulfilment roles only, not {Role(g.Role).DisplayName()}: administration and approval are personal.");
            RuleFor(g => g.Scope)
                .Must(s => s is null or [])
                .When(g => Role(g.Role).Scope() == RoleScope.Institution)
                .WithMessage(g => $"{Role(g.Role).DisplayName()} is institution-wide: leave out its scope.");
            RuleFor(g => g.Scope)
                .Must(s => s is { Count: > 0 })
                .When(g => Role(g.Role).Scope() is RoleScope.Departments or RoleScope.Desks)
                .WithMessage(g => Role(g.Role).Scope() == RoleScope.Departments
                    ? $"{Role(g.Role).DisplayName()} is scoped to one or more digitization departments: list their codes."
                    : $"{Role(g.Role).DisplayName()} is scoped to one or more desks: list their codes.");
            RuleFor(g => g.Scope)
                .MustAsync(async (s, ct) => await UnknownDepartmentsAsync(db, s!, ct) is [])
                .When(g => Role(g.Role).Scope() == RoleScope.Departments && g.Scope is { Count: > 0 })
                .WithMessage(g => $"Unknown digitization department in the scope: {string.Join(", ", g.Scope!)}; see GET /api/departments.");
        });
        RuleForEach(g => g.Scope).NotEmpty().MaximumLength(50);
    }

    private static StaffRole Role(string name) => EnumNames<StaffRole>.TryParse(name, out var role) ? role : default;

    private static async Task<List<string>> UnknownDepartmentsAsync(LibraryDbContext db, List<string> codes, CancellationToken ct)
    {
        var known = await db.Departments.AsNoTracking().Select(d => d.Code).ToListAsync(ct);
        return codes.Where(c => !known.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
    }
}
