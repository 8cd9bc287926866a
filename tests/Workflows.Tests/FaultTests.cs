using System.Diagnostics;
using System.Text.Json.Nodes;
using Workflows.Activities;
using Workflows.Expressions;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests;

public sealed class FaultTests
{
    /// <summary>Start → Signal (payload into a variable) → <paramref name="activityType"/> → End.</summary>
    private static Definitions.WorkflowDefinition WaitThen(string activityType, JsonObject? inputs = null) => new Flow("faulty")
        .Start()
        .Signal("wait", "go", "k", resultVariable: "payload")
        .Add("step", activityType, inputs)
        .End()
        .Chain("start", "wait", "step", "end")
        .Build();

    [Fact]
    public async Task Activity_that_throws_rolls_back_the_step_marks_the_instance_faulted_and_keeps_the_bookmark()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(WaitThen(nameof(Explode)));
        var started = await host.StartAsync("faulty");
        var before = await host.InstanceAsync(started.InstanceId);
        var bookmark = Assert.Single(before.Bookmarks);

        var fault = await Assert.ThrowsAsync<ActivityFaultException>(() => host.SignalAsync("go", "k", new JsonObject { ["x"] = 1 }));

        Assert.Equal(("step", nameof(Explode), started.InstanceId), (fault.ActivityId, fault.ActivityType, fault.InstanceId));
        var faulted = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Faulted, faulted.Status);
        Assert.Contains("step (Explode)", faulted.Instance.Fault);
        Assert.Contains("boom", faulted.Instance.Fault);
        Assert.Equal(bookmark.Id, Assert.Single(faulted.Bookmarks).Id);
        // Nothing of the failed step was committed: no history, no variable from the signal's payload.
        Assert.Equal(before.History.Select(h => h.Sequence), faulted.History.Select(h => h.Sequence));
        Assert.False(faulted.Variables.ContainsKey("payload"));
        Assert.Equal(before.State.Serialize(), faulted.State.Serialize());

        // The kept bookmark lets a retry go through once the cause is gone.
        host.Faults.Armed = false;
        var retried = await host.ResumeAsync(bookmark.Id, new JsonObject { ["x"] = 2 });

        Assert.Equal(ResumeStatus.Resumed, retried.Status);
        var done = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal(2, (int?)done.Variables["payload"]?["x"]);
        Assert.Equal(1, done.Count("step"));
    }

    [Fact]
    public async Task Activity_that_throws_while_starting_commits_no_instance()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("boom").Start().Add("step", nameof(Explode)).End().Chain("start", "step", "end").Build());

        var fault = await Assert.ThrowsAsync<ActivityFaultException>(() => host.StartAsync("boom"));

        Assert.Equal("step", fault.ActivityId);
        Assert.Empty(await host.InstancesAsync());
    }

    [Theory]
    [InlineData("while(true){}")]
    [InlineData("(() => { for(;;) { variables.n = (variables.n || 0) + 1; } })()")]
    [InlineData("(function f() { return f(); })()")]
    [InlineData("System.IO.File.ReadAllText('/etc/hostname')")]
    [InlineData("require('fs').readFileSync('/etc/hostname')")]
    [InlineData("importNamespace('System.IO').File.ReadAllText('/etc/hostname')")]
    [InlineData("this.constructor.constructor('return process')().exit()")]
    [InlineData("/(a+)+$/.test('a'.repeat(30) + 'b')")]
    [InlineData("'x'.repeat(2**28)")]
    public async Task Expression_that_loops_or_reaches_outside_the_sandbox_faults_the_instance_quickly(string expression)
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(WaitThen(nameof(SetVariable), new JsonObject { ["variable"] = "v", ["value"] = Flow.Expr(expression) }));
        var started = await host.StartAsync("faulty");

        var clock = Stopwatch.StartNew();
        var fault = await Assert.ThrowsAsync<ActivityFaultException>(() => host.SignalAsync("go", "k"));
        clock.Stop();

        Assert.IsType<ExpressionException>(fault.InnerException);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Contains("step (SetVariable)", instance.Instance.Fault);
        Assert.Single(instance.Bookmarks);
        Assert.False(instance.Variables.ContainsKey("v"));
    }
}
