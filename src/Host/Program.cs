using Library;
using Library.Host.Configuration;
using Library.Host.Database;

var builder = WebApplication.CreateBuilder(args);
builder.AddLibraryDatabase();
builder.AddLibraryTimers();
builder.AddLibraryAccounts();
builder.AddLibraryTelemetry();
builder.Services.AddLibraryWorkflows(builder.Configuration);
builder.Services.AddLibraryApi();
builder.Services.AddLibraryOpenApi();
builder.Services.AddLibraryHealthChecks();

var app = builder.Build();
// `migrate`: bring the database's schema up to date and stop, for operators who migrate by hand.
var migrateOnly = args.Contains("migrate");
try
{
    await using (await StartupLock.AcquireAsync(app.Services.GetRequiredService<DatabaseOptions>()))
    {
        await SchemaMigrations.PrepareAsync(app.Services, migrateOnly || app.Services.GetRequiredService<DatabaseOptions>().Migrate, app.Logger);
        if (migrateOnly)
        {
            await app.DisposeAsync(); // flushes the log
            return 0;
        }
        await app.Services.SeedLibrarySetupAsync(app.Configuration, app.Logger);
        await app.Services.SeedItemCatalogueAsync(app.Configuration, app.Logger);
        await app.Services.SeedResourceSharingAsync(app.Configuration, app.Logger);
        await app.Services.EnsureSigningKeysAsync(app.Configuration, app.Logger);
        await app.Services.EnsureFirstAdministratorAsync(app.Configuration, app.Logger);
        await app.Services.ImportDefinitionsAsync(app.Configuration, app.Logger);
        // Requests of a release before lending ran as a state machine wait in an activity this release no longer has.
        await app.Services.GetRequiredService<Library.Lending.LendingUpgrade>().RunAsync();
    }
}
catch (DatabaseNotReadyException e)
{
    app.Logger.LogCritical("{Problem}", e.Message);
    await app.DisposeAsync();
    return 1;
}
app.UseSecurityHeaders();
app.MapLibraryHealth();
app.MapLibraryApi();
app.MapLibraryOpenApi();
app.UseDesignerUi();
await app.RunAsync();
return 0;

/// <summary>Visible to the end-to-end tests' WebApplicationFactory.</summary>
public partial class Program;
