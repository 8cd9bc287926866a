using Workflows.Persistence;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests.Elsa;

/// <summary>A Fork with named branches ends with every name as an outcome at once, and each one's connections run.</summary>
public sealed class ForkBranchTests
{
    private static string Forking(string branches, string connections) => $$"""
        {
          "id": "forking", "name": "Forking",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "fork", "type": "Fork", "inputs": { {{branches}} } },
            { "id": "a", "type": "WriteLine", "inputs": { "text": "A" } },
            { "id": "b", "type": "WriteLine", "inputs": { "text": "B" } },
            { "id": "c", "type": "WriteLine", "inputs": { "text": "C" } }
          ],
          "connections": [ { "source": "start", "target": "fork" }, {{connections}} ]
        }
        """;

    [Fact]
    public async Task Every_branch_runs_and_the_step_records_all_its_outcomes()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(Forking("\"branches\": [\"A\", \"B\", \"C\"]",
            """{ "source": "fork", "outcome": "A", "target": "a" }, { "source": "fork", "outcome": "B", "target": "b" }, { "source": "fork", "outcome": "C", "target": "c" }"""));

        var started = await host.StartAsync("forking");

        Assert.Equal(WorkflowStatus.Finished, started.Status);
        var trace = await host.TraceAsync(started.InstanceId);
        Assert.Equal(["A", "B", "C"], trace.Log);
        Assert.Equal("A, B, C", Assert.Single(trace.History, h => h.ActivityId == "fork").Outcome);
    }

    [Fact]
    public async Task A_branch_with_no_connection_starts_nothing()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(Forking("\"branches\": [\"A\", \"B\"]", """{ "source": "fork", "outcome": "B", "target": "b" }"""));

        var started = await host.StartAsync("forking");

        Assert.Equal(["B"], (await host.TraceAsync(started.InstanceId)).Log);
    }

    [Fact]
    public async Task Without_branches_the_Done_connections_all_run()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(Forking("", """{ "source": "fork", "target": "a" }, { "source": "fork", "target": "c" }"""));

        var started = await host.StartAsync("forking");

        Assert.Equal(["A", "C"], (await host.TraceAsync(started.InstanceId)).Log);
    }

    [Theory]
    [InlineData("\"branches\": [\"A\", \"B\"]", "Done", "activity 'fork' (Fork) has no outcome 'Done'; it has A, B")]
    [InlineData("\"branches\": [\"A\", \"B\"]", "C", "activity 'fork' (Fork) has no outcome 'C'; it has A, B")]
    [InlineData("", "A", "activity 'fork' (Fork) has no outcome 'A'; it has Done")]
    public async Task A_connection_from_an_outcome_the_fork_does_not_have_is_refused(string branches, string outcome, string problem)
    {
        await using var host = await WorkflowTestHost.StartAsync();

        var problems = host.Problems(Forking(branches, $$"""{ "source": "fork", "outcome": "{{outcome}}", "target": "a" }"""));

        Assert.Contains(problem, problems.Select(p => p.Message));
    }
}
