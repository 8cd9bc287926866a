using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Activities;
using Workflows.Persistence;
using Workflows.Tests.Infrastructure;
using Workflows.Traces;
using static Workflows.Tests.Infrastructure.Flow;

namespace Workflows.Tests;

/// <summary>The runtime's read surface: what callers see of an instance without reading its tables.</summary>
public sealed class TraceTests
{
    private static readonly Definitions.WorkflowDefinition Review = new Flow("review")
        .Start()
        .Set("greet", "greeting", "hello")
        .Signal("wait", "approve", Expr("variables.requestId"))
        .End()
        .Chain("start", "greet", "wait", "end")
        .Build();

    private static async Task<T> ReadAsync<T>(WorkflowTestHost host, Func<WorkflowTraces, Task<T>> read)
    {
        using var scope = host.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<WorkflowTraces>());
    }

    [Fact]
    public async Task A_waiting_instance_shows_its_version_where_it_waits_its_variables_and_its_steps_in_order()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(Review);
        var started = await host.StartAsync("review", new JsonObject { ["requestId"] = "r-1" }, actor: "alice", correlationId: "req-1");

        var trace = (await ReadAsync(host, t => t.GetAsync(started.InstanceId)))!;

        Assert.Equal(("review", 1, "req-1", WorkflowStatus.Suspended), (trace.DefinitionId, trace.DefinitionVersion, trace.CorrelationId, trace.Status));
        var waiting = Assert.Single(trace.Waiting);
        Assert.Equal((started.InstanceId, "wait", Signal.BookmarkName("approve"), "r-1", (DateTime?)null),
            (waiting.InstanceId, waiting.ActivityId, waiting.Name, waiting.Key, waiting.DueAt));
        Assert.Equal([Signal.BookmarkName("approve")], trace.WaitingFor);
        Assert.Equal(["wait"], trace.WaitingAt);
        Assert.Equal("hello", (string?)trace.Variables["greeting"]);
        Assert.Equal(["start", "greet", "wait"], trace.History.Select(s => s.ActivityId));
        Assert.Equal([1, 2, 3], trace.History.Select(s => s.Sequence));
        Assert.All(trace.History, s => Assert.Equal("alice", s.Actor));
    }

    [Fact]
    public async Task A_finished_instance_waits_nowhere_and_its_history_goes_on_with_who_resumed_it()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(Review);
        var started = await host.StartAsync("review", new JsonObject { ["requestId"] = "r-2" }, actor: "alice");
        await host.SignalAsync("approve", "r-2", actor: "bob");

        var trace = (await ReadAsync(host, t => t.GetAsync(started.InstanceId)))!;

        Assert.Equal(WorkflowStatus.Finished, trace.Status);
        Assert.Empty(trace.Waiting);
        Assert.Equal(("wait", "bob"), (trace.History[^2].ActivityId, trace.History[^2].Actor));
        Assert.Equal("end", trace.History[^1].ActivityId);
    }

    [Fact]
    public async Task Finding_by_correlation_takes_the_oldest_instance_of_that_definition_only()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(Review);
        await host.PublishAsync(new Flow("other").Start().End().Chain("start", "end").Build());
        await host.StartAsync("other", correlationId: "shared");
        var first = await host.StartAsync("review", new JsonObject { ["requestId"] = "a" }, correlationId: "shared");
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        await host.StartAsync("review", new JsonObject { ["requestId"] = "b" }, correlationId: "shared");

        var found = await ReadAsync(host, t => t.FindAsync("shared", "review"));

        Assert.Equal(first.InstanceId, found!.InstanceId);
        Assert.Null(await ReadAsync(host, t => t.FindAsync("nobody", "review")));
        Assert.Null(await ReadAsync(host, t => t.GetAsync(Guid.NewGuid())));
    }

    [Fact]
    public async Task Open_waits_are_found_by_bookmark_name_and_key_and_nothing_else()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(Review);
        foreach (var key in new[] { "k-1", "k-2", "k-3" })
            await host.StartAsync("review", new JsonObject { ["requestId"] = key });
        await host.SignalAsync("approve", "k-2");

        var open = await ReadAsync(host, t => t.WaitingAsync([Signal.BookmarkName("approve"), "Elsewhere"], ["k-1", "k-2", "unknown"]));

        Assert.Equal(["k-1"], open.Select(w => w.Key));
        Assert.Empty(await ReadAsync(host, t => t.WaitingAsync(["Elsewhere"], ["k-1", "k-3"])));
    }
}
