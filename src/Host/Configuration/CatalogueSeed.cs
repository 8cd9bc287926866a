using Library.Host.Contracts;
using Library.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Library.Host.Configuration;

/// <summary>
/// Fills the item catalogue on first run (an empty table) from <c>seed-data/item-catalogue.json</c>, or the file
/// <c>Library:CataloguePath</c> names: the items lending requests are located in by barcode. Items are checked as
/// <c>PUT /api/items/{barcode}</c> checks them; a file that fails stops start-up naming the item.
/// </summary>
public static class CatalogueSeed
{
    public static async Task SeedItemCatalogueAsync(this IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LibraryDbContext>();
        if (await db.CatalogueItems.AnyAsync(ct)) return;
        var configured = configuration["Library:CataloguePath"] is { Length: > 0 } named ? Path.GetFullPath(named) : null;
        var path = configured ?? Path.Combine(AppContext.BaseDirectory, "seed-data", "item-catalogue.json");
        // The sample catalogue is optional; a file the administrator named is not.
        if (configured is null && !File.Exists(path)) return;
        try
        {
            var seed = SeedDocument.Open(path, "Library:CataloguePath", scope.ServiceProvider);
            var items = seed.Array("items").Select((node, i) =>
            {
                var where = $"item {SeedDocument.Named(node, "barcode", i)} (items[{i}])";
                var barcode = seed.Read<string>(node?["barcode"], where, "barcode");
                if (CatalogueItemBodyValidator.BarcodeProblem(barcode) is { } problem) throw seed.Invalid(where, "barcode", problem);
                return seed.Checked<CatalogueItemBody>(node, where).NewItem(barcode!);
            }).ToList();
            seed.Unique(items.Select(i => i.Barcode), "item barcode", StringComparer.Ordinal);
            db.CatalogueItems.AddRange(items);
            await db.SaveChangesAsync(ct);
        }
        catch (InvalidSeedException e)
        {
            logger.LogCritical("Cannot start: {Reason}", e.Message);
            throw;
        }
    }
}
