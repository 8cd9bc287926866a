using System.Text.Json.Nodes;
using Workflows.Persistence;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests;

public sealed class ReloadTests
{
    private static Definitions.WorkflowDefinition Versioned(string label) => new Flow("versioned")
        .Start()
        .Signal("wait", "go", Flow.Expr("variables.key"))
        .Set("mark", "ranOn", label)
        .End()
        .Chain("start", "wait", "mark", "end")
        .Build();

    [Fact]
    public async Task Instance_resumed_by_a_new_process_continues_on_the_definition_version_it_started_on()
    {
        var directory = WorkflowTestHost.NewDirectory();
        try
        {
            Guid oldInstance;
            await using (var first = await WorkflowTestHost.StartAsync(directory))
            {
                Assert.Equal(1, await first.PublishAsync(Versioned("v1")));
                oldInstance = (await first.StartAsync("versioned", new JsonObject { ["key"] = "old" })).InstanceId;
            }

            await using var second = await WorkflowTestHost.StartAsync(directory);
            Assert.Equal(2, await second.PublishAsync(Versioned("v2")));
            var newInstance = (await second.StartAsync("versioned", new JsonObject { ["key"] = "new" })).InstanceId;

            Assert.Equal(Runtime.ResumeStatus.Resumed, (await second.SignalAsync("go", "old")).Status);
            Assert.Equal(Runtime.ResumeStatus.Resumed, (await second.SignalAsync("go", "new")).Status);

            var resumedOld = await second.InstanceAsync(oldInstance);
            Assert.Equal(WorkflowStatus.Finished, resumedOld.Status);
            Assert.Equal(1, resumedOld.Instance.DefinitionVersion);
            Assert.Equal("v1", (string?)resumedOld.Variables["ranOn"]);
            var resumedNew = await second.InstanceAsync(newInstance);
            Assert.Equal(2, resumedNew.Instance.DefinitionVersion);
            Assert.Equal("v2", (string?)resumedNew.Variables["ranOn"]);
        }
        finally
        {
            WorkflowTestHost.DeleteDirectory(directory);
        }
    }

    [Fact]
    public async Task Timer_whose_job_was_lost_is_scheduled_again_at_start_up_and_still_fires()
    {
        var directory = WorkflowTestHost.NewDirectory();
        try
        {
            var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(WorkflowTestHost.Epoch);
            Guid instance;
            // The first process keeps its Quartz jobs in memory only, so they are gone when it stops: like a crash
            // between the commit that created the timer bookmark and the call that scheduled it.
            await using (var first = await WorkflowTestHost.StartAsync(directory, clock: clock))
            {
                await first.PublishAsync(new Flow("reminder")
                    .Start().Add("wait", nameof(Activities.Timer), new JsonObject { ["duration"] = "00:05:00" }).End()
                    .Chain("start", "wait", "end")
                    .Build());
                instance = (await first.StartAsync("reminder")).InstanceId;
            }

            await using var second = await WorkflowTestHost.StartAsync(directory, persistentTimers: true, clock: clock);
            clock.Advance(TimeSpan.FromMinutes(6));
            var done = await second.WaitForAsync(instance, i => i.Status != WorkflowStatus.Suspended);

            Assert.Equal(WorkflowStatus.Finished, done.Status);
            Assert.Empty(done.Bookmarks);
        }
        finally
        {
            WorkflowTestHost.DeleteDirectory(directory);
        }
    }
}
