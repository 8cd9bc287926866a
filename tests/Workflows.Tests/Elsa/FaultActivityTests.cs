using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests.Elsa;

/// <summary>
/// A Fault activity ends the instance Faulted with its message, keeping what ran before it: the definition's verdict,
/// with nothing to retry.
/// </summary>
public sealed class FaultActivityTests
{
    /// <summary>Start → WriteLine → fork: one branch waits on a signal, the other may wait on "fail" then faults.</summary>
    private static string Failing(bool waitFirst) => $$"""
        {
          "id": "failing", "name": "Failing", "variables": { "order": 7 },
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "line", "type": "WriteLine", "inputs": { "text": "looking for the order" } },
            { "id": "fork", "type": "Fork" },
            { "id": "other", "type": "Signal", "inputs": { "name": "other", "key": "k" } },
            { "id": "gate", "type": "{{(waitFirst ? "Signal" : "Fork")}}", "inputs": {{(waitFirst ? """{ "name": "fail", "key": "k" }""" : "{}")}} },
            { "id": "fault", "type": "Fault", "inputs": {
                "code": "404", "category": "Business", "faultType": "Integration",
                "message": { "expression": "'Order ' + variables.order + ' not found'" } } },
            { "id": "end", "type": "End" }
          ],
          "connections": [
            { "source": "start", "target": "line" }, { "source": "line", "target": "fork" },
            { "source": "fork", "target": "other" }, { "source": "fork", "target": "gate" },
            { "source": "gate", "target": "fault" }, { "source": "other", "target": "end" }
          ]
        }
        """;

    [Fact]
    public async Task Fault_while_starting_commits_the_instance_faulted_with_its_message_and_log()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(Failing(waitFirst: false));

        var started = await host.StartAsync("failing");

        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Equal("fault (Fault): Order 7 not found", instance.Instance.Fault);
        Assert.Null(instance.Instance.Incident);
        Assert.Empty(instance.Bookmarks);
        Assert.Empty(instance.State.Waits);
        var step = Assert.Single(instance.History, h => h.ActivityId == "fault");
        Assert.Equal(nameof(WorkflowStatus.Faulted), step.Outcome);
        Assert.Equal("Integration fault, category Business, code 404: Order 7 not found", step.Note);
        var trace = await host.TraceAsync(started.InstanceId);
        Assert.Equal(["looking for the order"], trace.Log);
        Assert.Equal("fault (Fault): Order 7 not found", trace.Fault);
    }

    [Fact]
    public async Task Fault_after_a_wait_ends_the_other_branches_and_leaves_nothing_to_retry()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(Failing(waitFirst: true));
        var started = await host.StartAsync("failing");
        Assert.Equal(2, (await host.InstanceAsync(started.InstanceId)).Bookmarks.Count);

        var resumed = await host.SignalAsync("fail", "k");

        Assert.Equal((ResumeStatus.Resumed, WorkflowStatus.Faulted), (resumed.Status, resumed.InstanceStatus));
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal("fault (Fault): Order 7 not found", instance.Instance.Fault);
        Assert.Empty(instance.Bookmarks);
        Assert.Equal(ResumeStatus.NotFound, (await host.SignalAsync("other", "k")).Status);

        await using var scope = host.Services.CreateAsyncScope();
        var retry = await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().RetryAsync(started.InstanceId, "operator");
        Assert.Equal(RetryStatus.NotFaulted, retry.Status);
        Assert.Contains("Fault activity", retry.Reason);
        Assert.Equal(WorkflowStatus.Faulted, (await host.InstanceAsync(started.InstanceId)).Status);
    }

    [Fact]
    public async Task Fault_in_a_child_workflow_faults_the_parent_waiting_for_it()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync("""
            {
              "id": "child", "name": "Child",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "wait", "type": "Signal", "inputs": { "name": "go", "key": "k" } },
                { "id": "fault", "type": "Fault", "inputs": { "message": "no stock" } }
              ],
              "connections": [ { "source": "start", "target": "wait" }, { "source": "wait", "target": "fault" } ]
            }
            """);
        await host.PublishJsonAsync("""
            {
              "id": "parent", "name": "Parent",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "run", "type": "RunWorkflow", "inputs": { "workflow": "child" } },
                { "id": "after", "type": "WriteLine", "inputs": { "text": "after" } }
              ],
              "connections": [ { "source": "start", "target": "run" }, { "source": "run", "target": "after" } ]
            }
            """);
        var started = await host.StartAsync("parent");

        await host.SignalAsync("go", "k");

        var parent = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Faulted, parent.Status);
        Assert.Equal("run (RunWorkflow): the child workflow faulted: fault (Fault): no stock", parent.Instance.Fault);
        Assert.Equal(0, parent.Count("after"));
        var child = Assert.Single(await host.InstancesAsync(), i => i.ParentInstanceId == started.InstanceId);
        Assert.Equal((WorkflowStatus.Faulted, "fault (Fault): no stock"), (child.Status, child.Fault));
    }
}
