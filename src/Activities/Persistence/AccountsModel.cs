using Library.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Library.Persistence;

/// <summary>
/// The staff accounts and the scan stations' keys, on the service's own database, beside the history that names them.
/// Identity's EF stores read and write the account tables; they are configured here because the context derives from
/// the runtime's, not from Identity's.
/// </summary>
internal static class AccountsModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<StaffAccount>(e =>
        {
            e.ToTable("staff_accounts");
            e.HasKey(a => a.Id);
            e.Property(a => a.Id).HasMaxLength(64);
            e.Property(a => a.UserName).HasMaxLength(256);
            e.Property(a => a.NormalizedUserName).HasMaxLength(256);
            e.HasIndex(a => a.NormalizedUserName).IsUnique();
            e.Property(a => a.Email).HasMaxLength(256);
            e.Property(a => a.NormalizedEmail).HasMaxLength(256);
            e.HasIndex(a => a.NormalizedEmail);
            e.Property(a => a.ConcurrencyStamp).IsConcurrencyToken();
            e.Property(a => a.DisplayName).HasMaxLength(200);
            e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
            e.Property(a => a.Language).HasMaxLength(8);
            e.OwnsMany(a => a.Roles, r =>
            {
                r.ToTable("staff_account_roles");
                r.WithOwner().HasForeignKey("AccountId");
                r.Property<int>("Id");
                r.HasKey("Id");
                r.Property(g => g.Role).HasConversion<string>().HasMaxLength(40);
                r.PrimitiveCollection(g => g.Scope);
            });
        });

        model.Entity<Scanning.ScanStation>(e =>
        {
            e.ToTable("scan_stations");
            e.HasKey(s => s.Id);
            e.Property(s => s.Id).HasMaxLength(50);
            e.Property(s => s.Department).HasMaxLength(50);
            e.Property(s => s.Library).HasMaxLength(50);
            e.Property(s => s.Location).HasMaxLength(50);
            e.Property(s => s.KeyHash).HasMaxLength(64);
            e.HasIndex(s => s.KeyHash).IsUnique();
            e.Ignore(s => s.Revoked);
            e.Ignore(s => s.ScanPlace);
        });

        // Identity's stores keep an account's external logins, claims and tokens in tables of their own; none is used
        // yet, but the stores query them.
        model.Entity<IdentityUserClaim<string>>(e =>
        {
            e.ToTable("staff_account_claims");
            e.HasKey(c => c.Id);
            e.HasIndex(c => c.UserId);
        });
        model.Entity<IdentityUserLogin<string>>(e =>
        {
            e.ToTable("staff_account_logins");
            e.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            e.Property(l => l.LoginProvider).HasMaxLength(128);
            e.Property(l => l.ProviderKey).HasMaxLength(128);
            e.HasIndex(l => l.UserId);
        });
        model.Entity<IdentityUserToken<string>>(e =>
        {
            e.ToTable("staff_account_tokens");
            e.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            e.Property(t => t.LoginProvider).HasMaxLength(128);
            e.Property(t => t.Name).HasMaxLength(128);
        });
    }
}
