using Library;
using Library.Host.Configuration;

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
await app.Services.InitializeDatabaseAsync(app.Configuration);
await app.Services.SeedLibrarySetupAsync(app.Configuration, app.Logger);
await app.Services.SeedItemCatalogueAsync(app.Configuration);
await app.Services.EnsureFirstAdministratorAsync(app.Configuration, app.Logger);
await app.Services.ImportDefinitionsAsync(app.Configuration, app.Logger);
app.MapLibraryHealth();
app.MapLibraryApi();
app.MapLibraryOpenApi();
app.UseDesignerUi();
app.Run();

/// <summary>Visible to the end-to-end tests' WebApplicationFactory.</summary>
public partial class Program;
