using System.Text.Json.Nodes;
using Workflows.Persistence;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests;

/// <summary>
/// An instance a step starts with <c>StartInstanceAsync</c> is not a child: it commits with the step, outlives the
/// instance that started it (which ends at once, nothing cancelling it), and its end resumes nothing there.
/// </summary>
public sealed class HandOnTests
{
    [Fact]
    public async Task An_instance_handed_on_outlives_its_starter_and_completes_on_its_own()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("later")
            .Start()
            .Signal("wait", "returned", "item-1")
            .End()
            .Chain("start", "wait", "end")
            .Build());
        await host.PublishAsync(new Flow("first")
            .Start()
            .Add("hand-on", nameof(HandOn), new JsonObject { ["workflow"] = "later" })
            .End()
            .Chain("start", "hand-on", "end")
            .Build());

        var started = await host.StartAsync("first");

        Assert.Equal(WorkflowStatus.Finished, started.Status);
        var later = Assert.Single(await host.InstancesAsync(), i => i.DefinitionId == "later");
        Assert.Equal((WorkflowStatus.Suspended, (Guid?)null, "handed-on"), (later.Status, later.ParentInstanceId, later.CorrelationId));
        Assert.Equal(started.InstanceId.ToString(), (string?)(await host.InstanceAsync(later.Id)).Variables["from"]);

        await host.SignalAsync("returned", "item-1", null);

        Assert.Equal(WorkflowStatus.Finished, (await host.InstanceAsync(later.Id)).Status);
        Assert.Equal(WorkflowStatus.Finished, (await host.InstanceAsync(started.InstanceId)).Status);
    }
}
