using System.Text.Json.Nodes;
using Workflows.Activities;
using Workflows.Persistence;
using Workflows.Tests.Infrastructure;
using static Workflows.Tests.Infrastructure.Flow;

namespace Workflows.Tests;

/// <summary>A unit's history entries and bookmarks reach the database a statement per kind, however many there are.</summary>
public sealed class UnitRowsTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_unit_of_thousands_of_steps_commits_every_entry_in_order_across_statements(bool groupCommit)
    {
        // Start → count → again? ─True→ count …, 2,500 times: 5,002 entries of 8 values, more than SQLite takes in one statement (32,766).
        await using var host = await WorkflowTestHost.StartAsync(groupCommit: groupCommit);
        await host.PublishAsync(new Flow("long")
            .Variables(new JsonObject { ["i"] = 0 })
            .Start()
            .Set("count", "i", Expr("variables.i + 1"))
            .Add("again", nameof(Decision), new JsonObject { ["condition"] = Expr("variables.i < 2500") })
            .Signal("wait", "go", "k")
            .End()
            .Chain("start", "count", "again")
            .Connect("again", "count", Outcomes.True)
            .Connect("again", "wait", Outcomes.False)
            .Chain("wait", "end")
            .Build());

        var started = await host.StartAsync("long");

        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.Equal(Enumerable.Range(1, 5_002), instance.History.Select(h => h.Sequence));
        Assert.Equal(2_500, instance.Count("count"));
        Assert.Equal(instance.State.HistoryLength, instance.History.Count);
        Assert.Equal(("wait", "Waiting"), (instance.History[^1].ActivityId, instance.History[^1].Outcome));
        Assert.Equal("k", Assert.Single(instance.Bookmarks).Key);
    }
}
