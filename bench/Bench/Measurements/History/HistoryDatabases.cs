using Bench.Measurements.Http;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Bench.Measurements.History;

/// <summary>
/// The database files the history measurement runs on: the template (the service's own schema, as its migrations make
/// it on start, and one finished request), and copies of it with N finished requests loaded. A loaded file of a million
/// takes minutes to write, so it is kept under /tmp/workflows-bench/ keyed by the last migration, N and the template's
/// row count, with the seconds its loading took beside it; a run copies it. Delete those files when a lifecycle starts
/// writing different rows.
/// </summary>
public sealed class HistoryDatabases(BenchOptions options)
{
    private const string LoadSeconds = ".load-seconds";
    private static readonly string CacheFolder = Path.Combine(Path.GetTempPath(), "workflows-bench");

    public string TemplateFile { get; } = options.NewDatabase("history-template");

    public TemplateRows? Template { get; private set; }

    /// <summary>Starts the service on a new file, takes one request to its end and keeps the rows it left.</summary>
    public async Task MakeTemplateAsync()
    {
        var scannedFile = new byte[100 * 1024];
        new Random(4).NextBytes(scannedFile);
        await using var mailbox = MailCounter.Start(minimumSize: scannedFile.Length);
        await using (var service = await ServiceProcess.StartAsync(ServiceDatabase.Sqlite(TemplateFile), Path.Combine(options.WorkFolder, "history-template-files"), mailbox.Port))
        {
            using var client = await HistoryClient.ForAsync(service);
            var before = await TemplateRows.MarkAsync(TemplateFile);
            var time = DateTime.UtcNow;
            await FinishedRequest.RunAsync(client, scannedFile);
            // The requester's mail is sent before the rows are read, so its outbox row is as a sent one stays.
            await mailbox.WaitForAsync(1, TimeSpan.FromSeconds(30));
            await Task.Delay(TimeSpan.FromSeconds(1));
            Template = await TemplateRows.ReadAsync(TemplateFile, before, time);
        }
        SqliteConnection.ClearAllPools();
    }

    /// <summary>
    /// A file of its own for this run with <paramref name="count"/> finished requests, how long loading them took, and
    /// where it came from. A file cached under an earlier migration is taken when there is none for the latest: the
    /// service brings it up to date when it starts on it, as it would a library's database after an upgrade.
    /// </summary>
    public async Task<(string File, TimeSpan Loading, string Origin)> LoadedAsync(int count)
    {
        var template = Template ?? throw new InvalidOperationException("Make the template first.");
        var file = options.NewDatabase($"history-{count}");
        var key = $"-{count}-{template.Rows.Count}rows.db";
        var latest = Path.Combine(CacheFolder, $"history-{await LastMigrationAsync()}{key}");
        var cached = File.Exists(latest + LoadSeconds) ? latest
            : Directory.GetFiles(CacheFolder, $"history-*{key}{LoadSeconds}").Select(s => s[..^LoadSeconds.Length]).Order().LastOrDefault();
        if (cached is null)
        {
            File.Copy(TemplateFile, latest + ".partial", overwrite: true);
            var loading = await new HistoryLoader(template).LoadAsync(latest + ".partial", count);
            File.Move(latest + ".partial", latest, overwrite: true);
            await File.WriteAllTextAsync(latest + LoadSeconds, loading.TotalSeconds.ToString(CultureInfo.InvariantCulture));
            File.Copy(latest, file);
            return (file, loading, "loaded in this run");
        }
        File.Copy(cached, file);
        var seconds = double.Parse(await File.ReadAllTextAsync(cached + LoadSeconds), CultureInfo.InvariantCulture);
        return (file, TimeSpan.FromSeconds(seconds), cached == latest ? "loaded earlier; this run copied the cached file"
            : $"loaded earlier under an older migration ({Path.GetFileName(cached)}); the service migrates this run's copy on start");
    }

    private async Task<string> LastMigrationAsync()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = TemplateFile, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT max(MigrationId) FROM __EFMigrationsHistory";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
