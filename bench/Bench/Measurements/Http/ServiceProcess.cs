using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;

namespace Bench.Measurements.Http;

/// <summary>The database a service process runs on, as its configuration names it.</summary>
public sealed record ServiceDatabase(string Provider, string ConnectionString)
{
    public static ServiceDatabase Sqlite(string file) => new("Sqlite", $"Data Source={file}");

    public static ServiceDatabase Postgres(string connectionString) => new("Postgres", connectionString);
}

/// <summary>The service exited, or did not answer its health check in time, before it served anything.</summary>
public sealed class ServiceDidNotStartException(string message) : Exception(message);

/// <summary>
/// The built service (Library.Host.dll, copied beside the bench since the bench references it) as a child process
/// listening on a loopback port, with its own database, storage folder and SMTP server.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopBound = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lastLines = new();

    private ServiceProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>Processor time the service has used so far, over all its threads.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            if (_process.HasExited)
                throw new ServiceDidNotStartException($"The service exited with code {_process.ExitCode} during the run:{Environment.NewLine}{LastLines}");
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The first administrator the service makes; the lifecycles run as this account, which holds every role.</summary>
    private const string AdminUserName = "bench-admin";
    private const string AdminPassword = "the benchmark's administrator";

    public static async Task<ServiceProcess> StartAsync(ServiceDatabase database, string storage, int smtpPort)
    {
        var port = Loopback.FreePort();
        var folder = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(folder, "Library.Host.dll"), "--urls", $"http://127.0.0.1:{port}", "--contentRoot", folder })
            start.ArgumentList.Add(argument);
        start.Environment["Database__Provider"] = database.Provider;
        start.Environment["ConnectionStrings__Workflows"] = database.ConnectionString;
        start.Environment["Storage__Path"] = storage;
        start.Environment["Smtp__Host"] = "127.0.0.1";
        start.Environment["Smtp__Port"] = smtpPort.ToString();
        start.Environment["Smtp__From"] = "library@example.org";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Accounts__BootstrapAdmin__UserName"] = AdminUserName;
        start.Environment["Accounts__BootstrapAdmin__Password"] = AdminPassword;
        start.Environment["Accounts__KeysPath"] = storage + "-keys";

        var service = new ServiceProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), new Uri($"http://127.0.0.1:{port}"));
        service._process.OutputDataReceived += (_, e) => service.Keep(e.Data);
        service._process.ErrorDataReceived += (_, e) => service.Keep(e.Data);
        service._process.BeginOutputReadLine();
        service._process.BeginErrorReadLine();
        try
        {
            await service.WaitUntilHealthyAsync();
            return service;
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartBound;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new ServiceDidNotStartException($"The service exited with code {_process.ExitCode}:{Environment.NewLine}{string.Join(Environment.NewLine, _lastLines)}");
            try
            {
                using var health = await client.GetAsync(new Uri(Address, "/health"));
                if (health.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new ServiceDidNotStartException($"The service did not answer /health within {StartBound.TotalSeconds} s:{Environment.NewLine}{LastLines}");
    }

    /// <summary>A bearer token of the administrator, for the lifecycles' client; it lasts an hour, longer than a run.</summary>
    public async Task<string> SignInAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = AdminUserName, password = AdminPassword });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Signing in answered {(int)response.StatusCode}: {body}");
        return (string)System.Text.Json.Nodes.JsonNode.Parse(body)!["accessToken"]!;
    }

    /// <summary>The service's last output lines, for the report when something fails.</summary>
    public string LastLines => string.Join(Environment.NewLine, _lastLines);

    private void Keep(string? line)
    {
        if (line is null) return;
        _lastLines.Enqueue(line);
        while (_lastLines.Count > 20) _lastLines.TryDequeue(out _);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            using var stop = new CancellationTokenSource(StopBound);
            await _process.WaitForExitAsync(stop.Token);
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
        {
            Console.WriteLine($"  service process {_process.Id} did not stop within {StopBound.TotalSeconds} s");
        }
        _process.Dispose();
    }
}
