using Npgsql;
using Testing;

namespace Library.Tests.Infrastructure;

/// <summary>
/// Several hosts of the service as processes of their own on one PostgreSQL database, sharing a storage folder (as a
/// shared volume would be) and one SMTP server; or one host on the database <see cref="TestDatabase"/> selects. Each host names itself to the database (its sessions'
/// <c>application_name</c> is the host's name), so a test can tell which host a session belongs to.
/// </summary>
public sealed class HostCluster : IAsyncDisposable
{
    private const string FilesFolder = "files";

    private readonly string _folder;

    private HostCluster(string folder, TestSmtpServer mail, string connectionString, IReadOnlyList<HostProcess> hosts)
    {
        _folder = folder;
        Mail = mail;
        ConnectionString = connectionString;
        Hosts = hosts;
    }

    public IReadOnlyList<HostProcess> Hosts { get; }
    public TestSmtpServer Mail { get; }

    /// <summary>The database's connection string, for the test's own look under the API.</summary>
    public string ConnectionString { get; }

    /// <summary>Where the hosts keep attached files (<c>Storage:Path</c>).</summary>
    public string FilesPath => Path.Combine(_folder, FilesFolder);

    /// <summary>Every host's last lines of output, for a failure's message.</summary>
    public string Output => string.Join(Environment.NewLine, Hosts.Select(h => h.Output));

    /// <summary>Starts <paramref name="count"/> hosts at once, with <paramref name="settings"/> besides what they share.</summary>
    public static async Task<HostCluster> StartAsync(int count, IReadOnlyDictionary<string, string> settings)
    {
        if (count > 1 && !TestDatabase.OnPostgres) throw new InvalidOperationException("Hosts share a PostgreSQL database only; SQLite serves one host.");
        var folder = Path.Combine(Path.GetTempPath(), "library-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var mail = TestSmtpServer.Start();
        var database = TestDatabase.For(folder);
        var connectionString = TestDatabase.OnPostgres ? null : database.ConnectionString;
        var hosts = Enumerable.Range(1, count).Select(n =>
        {
            var name = $"host-{n}";
            var own = new Dictionary<string, string>(settings)
            {
                ["Database__Provider"] = database.Provider,
                ["ConnectionStrings__Workflows"] = connectionString ?? new NpgsqlConnectionStringBuilder(database.ConnectionString) { ApplicationName = name }.ConnectionString,
                ["Storage__Path"] = Path.Combine(folder, FilesFolder),
                ["Smtp__Host"] = "127.0.0.1",
                ["Smtp__Port"] = mail.Port.ToString(),
                ["Smtp__From"] = "library@example.org",
                ["Accounts__BootstrapAdmin__UserName"] = LibraryHost.AdminUserName,
                ["Accounts__BootstrapAdmin__Password"] = LibraryHost.AdminPassword,
            };
            return new HostProcess(name, own);
        }).ToList();
        var cluster = new HostCluster(folder, mail, database.ConnectionString, hosts);
        try
        {
            // Together, as a deployment starts them: their start-up work queues on the database's advisory lock.
            await Task.WhenAll(hosts.Select(h => h.StartAsync()));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Hosts) await host.DisposeAsync();
        await Mail.DisposeAsync();
        TestDatabase.DropFor(_folder);
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
