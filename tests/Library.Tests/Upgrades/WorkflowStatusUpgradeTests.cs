using System.Net;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Workflows.Persistence;

namespace Library.Tests.Upgrades;

/// <summary>
/// An instance that ran to its end was stored "Completed" before the API took Elsa 3's status names; the upgrade makes
/// it "Finished", so lists filtering by <c>finished</c> find the instances of before, and a downgrade gives the old name back.
/// </summary>
public sealed class WorkflowStatusUpgradeTests : HostTest
{
    private const string Migration = "WorkflowStatusFinished";

    [Fact]
    public async Task Instances_stored_as_completed_are_finished_after_the_upgrade()
    {
        var published = await Client.PublishAsync(JsonNode.Parse("""
            { "id": "quick", "name": "Quick", "activities": [ { "id": "start", "type": "Start" }, { "id": "end", "type": "End" } ],
              "connections": [ { "source": "start", "target": "end" } ] }
            """)!, activate: true);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        var run = await (await Client.PostAsync("/api/workflow-definitions/quick/run", null)).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);
        Assert.Equal(WorkflowStatus.Finished, run.Status);

        await Host.RestartAsync(whileStopped: async () =>
        {
            await using var db = Host.OpenDatabase();
            var migrations = db.Database.GetMigrations().ToList();
            await db.GetService<IMigrator>().MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith($"_{Migration}", StringComparison.Ordinal)) - 1]);
            Assert.Equal("Completed", await StatusAsync(db));
        });

        await using (var db = Host.OpenDatabase())
            Assert.Equal("Finished", await StatusAsync(db));
        var listed = await (await Client.GetAsync("/api/workflow-instances?status=finished")).ReadAsync<WorkflowInstancePageView>(HttpStatusCode.OK);
        Assert.Equal(run.Id, Assert.Single(listed.Items).Id);
    }

    private static Task<string> StatusAsync(DbContext db) =>
        db.Database.SqlQueryRaw<string>("SELECT \"Status\" AS \"Value\" FROM workflow_instances").SingleAsync();
}
