using CsCheck;
using Xunit.Abstractions;

namespace Library.Tests.Hostile;

/// <summary>
/// Property-based: every operation of the contract, sent bodies, path values and query strings a hostile client could
/// send (<see cref="HostileJson"/>, <see cref="HostileRequest"/>), answers below 500, refuses with an RFC 7807 problem,
/// and writes nothing when it refuses. The operations come from the committed <c>src/Host/openapi.json</c>, so a new
/// endpoint is covered as soon as it is in the contract. A failure prints CsCheck's seed; setting
/// <c>CsCheck_Seed</c> to it replays the case. <c>HOSTILE_CASES</c> sets the cases per operation: 30 by default, 10 on
/// PostgreSQL, where each case's snapshot of the database costs several times what it does on SQLite and the run is
/// for what only that engine refuses (text holding NUL).
/// </summary>
public sealed class HostileInputTests(HostileHost host, ITestOutputHelper output) : IClassFixture<HostileHost>
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("HOSTILE_CASES"), out var cases) ? cases
        : Testing.TestDatabase.OnPostgres ? 10 : 30;

    public static TheoryData<string> Operations => new(ContractOperation.All.Value.Select(operation => operation.ToString()));

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Hostile_input_answers_below_500_and_a_refusal_is_a_problem_that_changed_nothing(string operation)
    {
        var contract = ContractOperation.Named(operation);
        var before = new SortedDictionary<int, int>(host.Answers);

        await Check.SampleAsync(HostileRequest.For(contract, host.Known, HostileHost.Plausible), host.SendAsync,
            iter: Cases, threads: 1, print: request => request.ToString());

        output.WriteLine($"{operation}: {string.Join(", ", host.Answers.Select(a => $"{a.Key}×{a.Value - before.GetValueOrDefault(a.Key)}").Where(a => !a.EndsWith("×0")))}");
    }
}
