using System.Text.Json;
using Library.Catalogue;
using Library.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Library.Host.Configuration;

/// <summary>
/// Fills the item catalogue on first run (an empty table) from <c>seed-data/item-catalogue.json</c>, or the file
/// <c>Library:CataloguePath</c> names: the items lending requests are located in by barcode.
/// </summary>
public static class CatalogueSeed
{
    private sealed record CatalogueFile(List<CatalogueItem> Items);

    public static async Task SeedItemCatalogueAsync(this IServiceProvider services, IConfiguration configuration, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LibraryDbContext>();
        if (await db.CatalogueItems.AnyAsync(ct)) return;
        var path = configuration["Library:CataloguePath"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, "seed-data", "item-catalogue.json");
        if (!File.Exists(path)) return;
        var file = JsonSerializer.Deserialize<CatalogueFile>(await File.ReadAllTextAsync(path, ct), JsonSerializerOptions.Web)
                   ?? throw new InvalidSeedException($"Catalogue file '{Path.GetFileName(path)}' is empty.");
        db.CatalogueItems.AddRange(file.Items);
        await db.SaveChangesAsync(ct);
    }
}
