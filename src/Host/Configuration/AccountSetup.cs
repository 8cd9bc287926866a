using System.Security.Cryptography;
using Library.Accounts;
using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Library.Host.Configuration;

/// <summary>
/// Staff accounts: ASP.NET Core Identity on the service's own database, signed in by cookie (the UI) or bearer token
/// (scripts and integrations), and the first administrator.
/// </summary>
public static class AccountSetup
{
    /// <summary>Where the release before keys moved into the database kept them; read once, at the first start after the upgrade.</summary>
    public const string DefaultKeysPath = "data/keys";

    public static IHostApplicationBuilder AddLibraryAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddIdentityApiEndpoints<StaffAccount>(o =>
            {
                // Length over composition rules, as current password guidance has it.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.AllowedUserNameCharacters = AccountBodyValidator.UserNameCharacters;
            })
            .AddUserStore<UserOnlyStore<StaffAccount, LibraryDbContext>>();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "library.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
        });
        // Cookies and tokens outlive a restart and work on every host: the keys that protect them are in the database,
        // under one application name whatever folder a host runs from.
        services.AddDataProtection()
            .SetApplicationName("library-request-workflows")
            .PersistKeysToDbContext<LibraryDbContext>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, StationKeyHandler>(StationKeyHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddStaffPolicies().AddPartnerPolicies();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = CookieCsrf.Header;
            o.Cookie.Name = "library.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddScoped<StaffAccess>();
        services.AddSingleton<InstitutionLanguage>();
        services.AddScoped<IAuthorizationHandler, StaffRoleHandler>();
        services.AddScoped<IAuthorizationHandler, HttpWorkflowAccessHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AccessAnswers>();
        return builder;
    }

    /// <summary>
    /// Makes the key ring before any host needs it, so hosts that start together share one key instead of each making
    /// its own. A database upgraded from the release that kept keys in files (<c>Accounts:KeysPath</c>) takes those, so
    /// the cookies and tokens they protect keep working.
    /// </summary>
    public static async Task EnsureSigningKeysAsync(this IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LibraryDbContext>();
        if (await db.DataProtectionKeys.AnyAsync(ct)) return;

        var folder = new DirectoryInfo(configuration["Accounts:KeysPath"] ?? DefaultKeysPath);
        var files = folder.Exists ? folder.GetFiles("key-*.xml") : [];
        foreach (var file in files)
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = Path.GetFileNameWithoutExtension(file.Name), Xml = await File.ReadAllTextAsync(file.FullName, ct) });
        if (files.Length > 0)
        {
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Moved {Count} sign-in keys from {Folder} into the database; the folder is no longer read", files.Length, folder.FullName);
            return;
        }
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        services.GetRequiredService<IKeyManager>().CreateNewKey(now, now.AddDays(90));
    }

    /// <summary>
    /// When the database holds no account: the administrator named by <c>Accounts:BootstrapAdmin:UserName</c> and
    /// <c>…:Password</c>, or else <c>admin</c> with a random password written once to the log, which must be changed at
    /// first sign-in. It holds every role, institution-wide.
    /// </summary>
    public static async Task EnsureFirstAdministratorAsync(this IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        if (await users.Users.AnyAsync(ct)) return;

        var configured = configuration["Accounts:BootstrapAdmin:Password"] is { Length: > 0 } given ? given : null;
        var password = configured ?? RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var account = new StaffAccount
        {
            UserName = configuration["Accounts:BootstrapAdmin:UserName"] is { Length: > 0 } name ? name : "admin",
            DisplayName = "Administrator",
            Kind = AccountKind.Personal,
            MustChangePassword = configured is null,
            PasswordChangedAt = now,
            CreatedAt = now,
            // Institution-wide, scoped roles too: the administrator works at every department and desk, new ones included.
            Roles = Enum.GetValues<StaffRole>().Select(role => new RoleGrant { Role = role }).ToList(),
        };
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
            throw new InvalidOperationException(
                $"The first administrator '{account.UserName}' could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        if (configured is null)
            logger.LogWarning("First administrator account '{UserName}' created with the password {Password} — sign in and change it now; it is shown only this once.",
                account.UserName, password);
        else
            logger.LogInformation("First administrator account '{UserName}' created from Accounts:BootstrapAdmin.", account.UserName);
    }
}
