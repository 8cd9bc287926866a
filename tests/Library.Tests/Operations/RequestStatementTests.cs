using Library.Tests.Infrastructure;

namespace Library.Tests.Operations;

/// <summary>
/// The SQL statements a staff request runs, counted from the service's command log: a request's CPU goes mostly with
/// their number (each is built, prepared and run), so the reads an answer needs stay few (issue 19).
/// </summary>
public sealed class RequestStatementTests
{
    private static readonly Dictionary<string, string?> CommandLog = new()
    {
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
    };

    /// <summary>
    /// The account, the request (with its files, approval, representations and its item's whereabouts), its workflow
    /// (with its history and any faulted instance), and, for a request that may change to electronic, the repository.
    /// </summary>
    [Fact]
    public async Task A_request_s_page_takes_four_statements()
    {
        var logs = new CapturedLogs();
        await using var host = LibraryHost.Start(CommandLog, logs: logs);
        var request = await host.Client.CreateAsync();

        await host.Client.GetRequestAsync(request.Id);

        Assert.Collection(StatementsOf(logs, $"/api/requests/{request.Id}"),
            s => Assert.Contains("FROM staff_accounts", s),
            s => Assert.Contains("FROM digitization_requests", s),
            s => Assert.Contains("FROM workflow_instances", s),
            s => Assert.Contains("FROM representations", s));
    }

    /// <summary>
    /// A requester's load is read once a request, for the limit and the count alike; only their first request commits
    /// the row on its own first (<c>LibraryDbContext.PatronLoadOfAsync</c>).
    /// </summary>
    [Fact]
    public async Task Each_step_of_a_lifecycle_reads_the_signed_in_account_once_and_a_returning_requester_s_request_their_load_once()
    {
        var logs = new CapturedLogs();
        await using var host = LibraryHost.Start(CommandLog, logs: logs);
        var request = await host.Client.CreateAsync();
        (await host.Client.ScanAtDepartmentAsync()).EnsureSuccessStatusCode();
        (await host.Client.NextStepAsync(request.Id)).EnsureSuccessStatusCode();
        (await host.Client.AttachAsync(request.Id, Api.FileOf(2048))).EnsureSuccessStatusCode();
        (await host.Client.DoneAsync(request.Id)).EnsureSuccessStatusCode();

        string[] paths = ["/api/digitization-requests", "/api/scan-stations/scan-1/scans", $"/api/requests/{request.Id}/next-step",
            $"/api/requests/{request.Id}/attachments", $"/api/requests/{request.Id}/done"];
        foreach (var path in paths)
            Assert.Single(StatementsOf(logs, path), s => s.Contains("FROM staff_accounts"));

        var firstRequest = StatementsOf(logs, paths[0]).Count;
        await host.Client.CreateAsync(Api.NewRequest(barcode: "39001000456"));
        Assert.Single(StatementsOf(logs, paths[0]).Skip(firstRequest), s => s.Contains("FROM patron_loads"));
    }

    /// <summary>
    /// The statements run for requests to <paramref name="path"/>, in order (the SQLite writer's commits run outside any
    /// request), without quotes around names, which PostgreSQL's leaves out.
    /// </summary>
    private static List<string> StatementsOf(CapturedLogs logs, string path) =>
        logs.Lines.Where(l => l.Category == "Microsoft.EntityFrameworkCore.Database.Command" && l.Message.StartsWith("Executed DbCommand")
                              && Equals(l.Scopes.GetValueOrDefault("RequestPath")?.ToString(), path))
            .Select(l => l.Message.Replace("\"", "")).ToList();
}
