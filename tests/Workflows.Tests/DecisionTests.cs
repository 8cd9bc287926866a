using System.Text.Json.Nodes;
using Workflows.Activities;
using Workflows.Persistence;
using Workflows.Tests.Infrastructure;
using static Workflows.Tests.Infrastructure.Flow;

namespace Workflows.Tests;

public sealed class DecisionTests
{
    [Theory]
    [InlineData(50, "large", "little")]
    [InlineData(10, "small", "big")]
    [InlineData(3, "small", "big")]
    public async Task Decision_follows_the_branch_its_expression_chooses(int amount, string expectedRoute, string skippedActivity)
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("decide")
            .Start()
            .Add("check", nameof(Decision), new JsonObject { ["condition"] = Expr("variables.amount > 10") })
            .Set("big", "route", "large")
            .Set("little", "route", "small")
            .End()
            .Chain("start", "check")
            .Connect("check", "big", Outcomes.True)
            .Connect("check", "little", Outcomes.False)
            .Connect("big", "end")
            .Connect("little", "end")
            .Build());

        var started = await host.StartAsync("decide", new JsonObject { ["amount"] = amount });

        Assert.Equal(WorkflowStatus.Finished, started.Status);
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(expectedRoute, (string?)instance.Variables["route"]);
        Assert.Equal(amount > 10 ? Outcomes.True : Outcomes.False, instance.History.Single(h => h.ActivityId == "check").Outcome);
        Assert.DoesNotContain(instance.History, h => h.ActivityId == skippedActivity);
    }
}
