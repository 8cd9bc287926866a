using Library.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Library.Host.Configuration;

/// <summary>
/// Fills the digitization setup on first run (no profile rule yet) from <c>seed-data/library-setup.json</c>: the
/// profile rules (one of them the default rule), and the departments, patron limits and electronic document delivery
/// rules into each of those tables that is empty. Later starts change nothing, so what staff edit stays. The file is
/// checked by the API's own validators; a file that fails stops start-up naming the file, the entry and the reason.
/// </summary>
public static class SeedSetup
{
    /// <summary><c>Library:SeedPath</c>, or the copy of <c>seed-data/library-setup.json</c> beside the binaries.</summary>
    public static string SeedPath(this IConfiguration configuration) =>
        configuration["Library:SeedPath"] is { Length: > 0 } path
            ? Path.GetFullPath(path)
            : Path.Combine(AppContext.BaseDirectory, "seed-data", "library-setup.json");

    public static async Task SeedLibrarySetupAsync(this IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LibraryDbContext>();
        // The default rule cannot be deleted, so profile rules exist from the first run on: a table emptied later
        // on purpose (no delivery rules, say) is not filled again at the next start.
        if (await db.ProfileRules.AnyAsync(ct)) return;

        LibrarySetup setup;
        try
        {
            setup = LibrarySetup.Read(configuration.SeedPath(), scope.ServiceProvider);
        }
        catch (InvalidSeedException e)
        {
            logger.LogCritical("Cannot start: {Reason}", e.Message);
            throw;
        }

        db.ProfileRules.AddRange(setup.ProfileRules);
        if (!await db.Departments.AnyAsync(ct)) db.Departments.AddRange(setup.Departments);
        if (!await db.PatronLimits.AnyAsync(ct)) db.PatronLimits.AddRange(setup.PatronLimits);
        if (!await db.DocumentDeliveryRules.AnyAsync(ct)) db.DocumentDeliveryRules.AddRange(setup.DocumentDeliveryRules);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded the digitization setup from {File}: {Rules} profile rules, {Departments} departments, " +
                              "{Limits} patron limits, {DeliveryRules} document delivery rules", Path.GetFileName(configuration.SeedPath()),
            setup.ProfileRules.Count, setup.Departments.Count, setup.PatronLimits.Count, setup.DocumentDeliveryRules.Count);
    }
}
