using Library.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Library.Storage;

/// <summary>
/// Removes the store's files that no record names: a file is written before the step that records it commits, so a
/// process stopped in between leaves a file behind, as does one stopped between committing a removal and deleting the
/// file. It looks at start-up and then every <see cref="StorageOptions.OrphanGrace"/>, and removes only files older
/// than that: a younger file may be one whose record is still to commit, on this host or on another sharing the store.
/// Files are matched to records by name (the record's id and the extension), since hosts may mount a shared store at
/// different paths; empty folders stay, as a file may be written into one at any moment.
/// </summary>
public sealed class OrphanFileSweep(IServiceScopeFactory scopes, IOptions<StorageOptions> options, TimeProvider clock, ILogger<OrphanFileSweep> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(options.Value.OrphanGrace, clock);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Looking for files no record names failed; the next sweep tries again");
            }
        }
        while (await ticks.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Removes the files older than the grace period that no record names; answers how many it removed.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var store = new DirectoryInfo(Path.GetFullPath(options.Value.Path));
        if (!store.Exists) return 0;
        var writtenBefore = clock.GetUtcNow().UtcDateTime - options.Value.OrphanGrace;
        // The files are listed before the records are read: a record commits moments after its file is written, so the
        // record of a file written before the grace period is in the database by the time it is read.
        var old = store.EnumerateDirectories()
            .Where(folder => Guid.TryParse(folder.Name, out _))
            .SelectMany(folder => folder.EnumerateFiles())
            .Where(file => file.LastWriteTimeUtc < writtenBefore)
            .ToList();
        if (old.Count == 0) return 0;

        var named = await NamedFilesAsync(ct);
        var removed = 0;
        foreach (var file in old.Where(f => !named.Contains(f.Name)))
        {
            try
            {
                file.Delete();
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(e, "Could not remove {File}, which no record names", file.FullName);
            }
        }
        if (removed > 0)
            logger.LogInformation("Removed {Count} file(s) written before {WrittenBefore:u} that no record names", removed, writtenBefore);
        return removed;
    }

    /// <summary>The names of the files that attachments, lending shipments and representations name.</summary>
    private async Task<HashSet<string>> NamedFilesAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LibraryDbContext>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paths in new[]
                 {
                     db.Attachments.Select(a => a.StoragePath),
                     db.LendingRequests.Where(r => r.DigitalShipment != null).SelectMany(r => r.DigitalShipment!.Files).Select(f => f.StoragePath),
                     db.Representations.SelectMany(r => r.Files).Select(f => f.StoragePath),
                 })
            await foreach (var path in paths.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
                named.Add(Path.GetFileName(path));
        return named;
    }
}
