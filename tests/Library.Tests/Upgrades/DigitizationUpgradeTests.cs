using System.Net;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Workflows.Persistence;

namespace Library.Tests.Upgrades;

/// <summary>
/// Upgrading from the release whose digitization.json was version 1 (digitization-v1.json): the shipped file's new
/// version becomes active for new requests, and the requests already running go on to their end on version 1.
/// </summary>
public sealed class DigitizationUpgradeTests : HostTest
{
    private readonly string _definitions = Path.Combine(Path.GetTempPath(), "library-tests", "definitions-" + Guid.NewGuid().ToString("N"));

    private static string Shipped(string file) => Path.Combine(AppContext.BaseDirectory, "workflow-definitions", file);

    public override Task InitializeAsync()
    {
        Directory.CreateDirectory(_definitions);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "workflow-definitions"), "*.json"))
            File.Copy(file, Path.Combine(_definitions, Path.GetFileName(file)));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Upgrades", "digitization-v1.json"), Path.Combine(_definitions, "digitization.json"), overwrite: true);
        Host = LibraryHost.Start(new Dictionary<string, string?> { ["Workflows:DefinitionsPath"] = _definitions });
        return Task.CompletedTask;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_definitions, recursive: true);
    }

    [Fact]
    public async Task Requests_running_on_version_1_finish_on_it_while_new_requests_start_on_the_shipped_version()
    {
        await Client.AddRuleAsync("DocumentDeliveryAttachment", "Parallel", approval: true);
        var running = await Client.CreateAsync();
        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.NextStepAsync(running.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.AttachAsync(running.Id, Api.FileOf(400))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        var waiting = await Client.CreateAsync(Api.NewRequest(barcode: "39001000456"));
        Assert.Equal(1, (await Client.GetRequestAsync(running.Id)).Workflow?.Version);

        await Host.RestartAsync(whileStopped: () =>
        {
            File.Copy(Shipped("digitization.json"), Path.Combine(_definitions, "digitization.json"), overwrite: true);
            return Task.CompletedTask;
        });

        var upgraded = await Client.CreateAsync(Api.NewRequest(barcode: "39001000999"));
        Assert.Equal(2, upgraded.Workflow?.Version);

        // Version 1 rejected without removing the files; the request keeps that behaviour to its end.
        var rejected = await (await Client.DecideAsync(running.Id, "reject", "Rejected by Manager")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal((DigitizationStatus.Rejected, WorkflowStatus.Cancelled, 1), (rejected.Status, rejected.Workflow?.Status, rejected.Workflow?.Version));
        Assert.Single(rejected.Attachments);
        Assert.DoesNotContain(rejected.History, h => h.Activity == "discard-delivery-files");

        await (await Client.DecideAsync(waiting.Id, "approve", "Covered by License")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.ScanAtDepartmentAsync(barcode: "39001000456")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.NextStepAsync(waiting.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.AttachAsync(waiting.Id, Api.FileOf(200))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        var completed = await (await Client.DoneAsync(waiting.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Equal((DigitizationStatus.Completed, 1), (completed.Status, completed.Workflow?.Version));

        await Client.ScanAtDepartmentAsync(barcode: "39001000999");
        await Client.NextStepAsync(upgraded.Id);
        await (await Client.AttachAsync(upgraded.Id, Api.FileOf(300))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        var rejectedOnTwo = await (await Client.DecideAsync(upgraded.Id, "reject", "Rejected by Manager")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        Assert.Empty(rejectedOnTwo.Attachments);
    }

    /// <summary>Version 1 has no electronic path: its requests keep their inventory, and the refusal says why.</summary>
    [Fact]
    public async Task A_request_running_on_version_1_is_not_changed_to_electronic()
    {
        await Client.AddRuleAsync("DigitalInventory");
        var represented = await Client.CreateAsync();
        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.NextStepAsync(represented.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.AddRepresentationAsync(represented.Id, Api.FileOf(100))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        var request = await Client.CreateAsync();
        Assert.Equal((1, DigitizationInventory.Physical), (request.Workflow?.Version, request.Inventory));

        await RefusedWithoutChange(() => Client.PostAsync($"/api/requests/{request.Id}/change-to-electronic", null), HttpStatusCode.Conflict,
            "version 1", "digitization");
        Assert.Contains("ScanIn", (await Client.GetRequestAsync(request.Id)).Workflow!.WaitingFor);
    }
}
