using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Library.Tests.Infrastructure;

/// <summary>
/// The built service (<c>Library.Host.dll</c>, beside the tests since they reference it) as a child process of its own,
/// configured by environment variables, so a test can run several on one database and kill one outright. It listens on
/// a port the operating system picks, read from its "Now listening on:" line; a restart gets a new one.
/// </summary>
public sealed partial class HostProcess(string name, IReadOnlyDictionary<string, string> settings) : IAsyncDisposable
{
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(90);
    private const int KeptLines = 1000;

    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    public string Name { get; } = name;

    /// <summary>Where the running process listens; null while it is not running.</summary>
    public Uri? Address { get; private set; }

    /// <summary>The process's last lines of output, for a failure's message.</summary>
    public string Output => $"--- {Name} ---{Environment.NewLine}{string.Join(Environment.NewLine, _output)}";

    /// <summary>
    /// The built service (<c>Library.Host.dll</c>, beside the tests) as an operator starts it: its settings as environment
    /// variables, its output read by the caller. Port 0: the operating system picks a free port at bind time, so hosts
    /// starting together never race for one.
    /// </summary>
    public static ProcessStartInfo Command(IEnumerable<KeyValuePair<string, string>> settings, params string[] arguments)
    {
        var folder = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(folder, "Library.Host.dll"), "--urls", "http://127.0.0.1:0", "--contentRoot", folder }.Concat(arguments))
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in settings) start.Environment[key] = value;
        return start;
    }

    /// <summary>Starts the process and returns once it has started every service and listens.</summary>
    public async Task StartAsync()
    {
        if (_process is not null) throw new InvalidOperationException($"{Name} is running already.");
        var start = Command(settings);
        // Warnings and errors only, but the lifetime's lines, which say where it listens and that it has started.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { } line) return;
            Keep(line);
            if (ListeningLine().Match(line) is { Success: true } match) listening.TrySetResult(new Uri(match.Groups[1].Value));
            if (line.Contains("Application started.")) started.TrySetResult();
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Keep(line); };
        process.Exited += (_, _) =>
        {
            listening.TrySetException(new InvalidOperationException($"{Name} exited while starting.{Environment.NewLine}{Output}"));
            started.TrySetException(new InvalidOperationException($"{Name} exited while starting.{Environment.NewLine}{Output}"));
        };
        Keep($"[test] {DateTime.UtcNow:HH:mm:ss.fff} starting {Name}");
        process.Start();
        _process = process;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var address = await listening.Task.WaitAsync(StartBound);
            await started.Task.WaitAsync(StartBound);
            Address = address;
        }
        catch (TimeoutException)
        {
            await KillAsync();
            throw new TimeoutException($"{Name} did not start within {StartBound.TotalSeconds} s.{Environment.NewLine}{Output}");
        }
    }

    /// <summary>SIGKILL: the process gets no chance to finish anything, as when a machine loses power.</summary>
    public async Task KillAsync()
    {
        if (_process is not { } process) return;
        Address = null;
        Keep($"[test] {DateTime.UtcNow:HH:mm:ss.fff} killed");
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        _process = null;
    }

    /// <summary>The host's name and whether it listens, was killed, or exited by itself.</summary>
    public override string ToString() => _process switch
    {
        null => $"{Name} (not running)",
        { HasExited: true } => $"{Name} (exited with code {_process.ExitCode})",
        _ => $"{Name} (at {Address})",
    };

    private void Keep(string line)
    {
        _output.Enqueue(line);
        while (_output.Count > KeptLines) _output.TryDequeue(out _);
    }

    public async ValueTask DisposeAsync() => await KillAsync();

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
