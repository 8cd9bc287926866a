using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using Workflows.Persistence;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// Elsa 3 compatibility in the designer, in Chromium: an administrator imports a definition exported from Elsa Studio
/// with the definitions page's button, runs it with an input and reads the instance (its status, log and variables);
/// a definition with parts that cannot be translated is refused naming each; the instances list filters by definition
/// and status; a waiting instance is cancelled after a confirmation, and a faulted one retried.
/// </summary>
public sealed class ElsaWorkflowsInTheBrowserTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    private static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "Elsa", "Samples", name + ".json");

    private ILocator Alert => Page.GetByRole(AriaRole.Alert);

    [Fact]
    public async Task An_Elsa_file_imported_with_the_button_runs_with_an_input_and_its_instance_shows_the_lines_it_wrote()
    {
        await Page.GotoAsync("/definitions");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Import from Elsa", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Import from Elsa");
        await Page.GetByLabel("Elsa definition file", new() { Exact = true }).SetInputFilesAsync(SamplePath("write-line"));
        await Expect(Page.GetByLabel("Elsa definition (JSON)", new() { Exact = true })).ToHaveValueAsync(new Regex("\"definitionId\": \"elsa-write-line\""));
        await ScreenshotAsync("import-from-elsa");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/definitions/elsa-write-line/1$"));
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Imported elsa-write-line as version 1");
        await Expect(Page.Locator("[data-id='sum']")).ToBeVisibleAsync();

        // The input is checked before it is sent: not JSON, then JSON that is no object.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();
        var input = Page.GetByLabel("Input (optional)", new() { Exact = true });
        var start = Page.GetByRole(AriaRole.Button, new() { Name = "Start", Exact = true });
        await input.FillAsync("{ \"who\": \"Grace\"");
        await start.ClickAsync();
        await Expect(Page.Locator("#run-input-error")).ToContainTextAsync("This is not JSON:");
        await Expect(input).ToHaveAttributeAsync("aria-invalid", "true");
        await input.FillAsync("[\"Grace\"]");
        await start.ClickAsync();
        await Expect(Page.Locator("#run-input-error")).ToContainTextAsync("This is JSON, but not an object");
        await ScreenshotAsync("run-input-refused");
        Assert.Equal(0, (await InstancesAsync("elsa-write-line")).Total);

        await input.FillAsync("{ \"who\": \"Grace\" }");
        await start.ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/workflow-instances/[0-9a-f-]{36}$"));
        await Expect(Page.Locator(".status-line")).ToHaveTextAsync("Status: Finished");
        await Expect(Page.GetByRole(AriaRole.List, new() { Name = "Log" }).GetByRole(AriaRole.Listitem))
            .ToHaveTextAsync(["Hello, world", "one and two make 3"]);
        var variables = Page.GetByRole(AriaRole.Table, new() { Name = "Variables" });
        await Expect(variables.GetByRole(AriaRole.Row).Filter(new() { HasText = "who" })).ToContainTextAsync("\"Grace\"");
        var history = Page.GetByRole(AriaRole.Region, new() { Name = "History" });
        await Expect(history.GetByRole(AriaRole.Row).Filter(new() { HasText = "hello" })).ToContainTextAsync(LibraryHost.AdminUserName);
        // A finished instance has nothing left to cancel.
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Cancel instance", Exact = true })).ToHaveCountAsync(0);
        await ScreenshotAsync("instance-finished");

        var id = Page.Url[^36..];
        var instance = await (await Client.GetAsync($"/api/workflow-instances/{id}")).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);
        Assert.Equal(("elsa-write-line", 1, WorkflowStatus.Finished), (instance.Definition, instance.Version, instance.Status));
        Assert.Equal(["Hello, world", "one and two make 3"], instance.Log);
        Assert.Equal("Grace", (string?)instance.Variables["who"]);
        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task A_pasted_Elsa_definition_with_untranslatable_parts_is_refused_naming_each_and_nothing_is_stored()
    {
        var before = await VersionsAsync();
        await Page.GotoAsync("/definitions/import-elsa");
        var json = Page.GetByLabel("Elsa definition (JSON)", new() { Exact = true });
        var import = Page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true });

        await json.FillAsync("{ \"definitionId\": ");
        await import.ClickAsync();
        await Expect(Page.Locator("#elsa-json-error")).ToContainTextAsync("This is not JSON:");

        await json.FillAsync(await File.ReadAllTextAsync(SamplePath("unsupported")));
        await import.ClickAsync();

        await Expect(Alert).ToContainTextAsync("The Elsa definition cannot be imported");
        var listed = Alert.GetByRole(AriaRole.Listitem);
        await Expect(listed).ToHaveCountAsync(4);
        await Expect(listed.Filter(new() { HasText = "sms:" })).ToContainTextAsync("'Acme.SendSms'");
        await Expect(listed.Filter(new() { HasText = "steps:" })).ToContainTextAsync("'Elsa.Sequence'");
        await Expect(listed.Filter(new() { HasText = "greet:" })).ToContainTextAsync("Liquid");
        await Expect(listed.Filter(new() { HasText = "compute:" })).ToContainTextAsync("CSharp");
        await Expect(Page).ToHaveURLAsync(new Regex("/definitions/import-elsa$"));
        await ScreenshotAsync("import-refused");

        Assert.Equal(before, await VersionsAsync());
        // The refusal's 400 is the one console line: Chromium reports the failed call.
        Assert.All(ConsoleErrors, e => Assert.Contains("status of 400", e));
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task The_instances_list_filters_by_definition_and_status_and_a_waiting_instance_is_cancelled_once_confirmed()
    {
        await ImportAsync("event");
        await ImportAsync("write-line");
        var waiting = await RunAsync("elsa-event");
        var finished = await RunAsync("elsa-write-line");
        Assert.Equal(WorkflowStatus.Suspended, waiting.Status);

        await Page.GotoAsync("/definitions");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Workflow instances", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Workflow instances");
        var rows = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "elsa-" });
        await Expect(rows).ToHaveCountAsync(2);

        var definition = Page.GetByLabel("Definition", new() { Exact = true });
        var status = Page.GetByLabel("Status", new() { Exact = true });
        await definition.SelectOptionAsync("elsa-event");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync(waiting.Id.ToString());
        await Expect(rows).ToContainTextAsync("Suspended");
        await status.SelectOptionAsync("finished");
        await Expect(Page.GetByText("No workflow instance matches.")).ToBeVisibleAsync();
        await definition.SelectOptionAsync("");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync(finished.Id.ToString());
        await ScreenshotAsync("instances-finished");

        await status.SelectOptionAsync("suspended");
        await Page.GetByRole(AriaRole.Link, new() { Name = waiting.Id.ToString(), Exact = true }).ClickAsync();
        await Expect(Page.Locator(".status-line")).ToHaveTextAsync("Status: Suspended");
        await Expect(Page.Locator("[data-id='paid'][data-waiting='true']")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.List, new() { Name = "Log" })).ToHaveTextAsync("waiting for payment");
        await ScreenshotAsync("instance-waiting");

        // Asked first; kept, nothing changes.
        var cancel = Page.GetByRole(AriaRole.Button, new() { Name = "Cancel instance", Exact = true });
        await cancel.ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Keep it", Exact = true }).ClickAsync();
        await Expect(cancel).ToBeVisibleAsync();
        Assert.Equal(WorkflowStatus.Suspended, (await InstanceAsync(waiting.Id)).Status);

        await cancel.ClickAsync();
        await Expect(Page.GetByText("What it waits for will no longer resume it", new() { Exact = false })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Yes, cancel it", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The instance is cancelled");
        await Expect(Page.Locator(".status-line")).ToHaveTextAsync("Status: Cancelled");
        await Expect(cancel).ToHaveCountAsync(0);
        await ScreenshotAsync("instance-cancelled");
        var cancelled = await InstanceAsync(waiting.Id);
        Assert.Equal(WorkflowStatus.Cancelled, cancelled.Status);
        Assert.Equal(LibraryHost.AdminUserName, cancelled.History[^1].Actor);
        Assert.Empty(ConsoleErrors);
        Assert.Empty(OffsiteRequests);
    }

    [Fact]
    public async Task A_faulted_instance_is_found_by_its_status_and_retried_on_its_page_once_the_cause_is_fixed()
    {
        var request = await Client.FaultedRequestAsync();

        await Page.GotoAsync("/workflow-instances");
        await Page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("faulted");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = request.Id.ToString() });
        await Expect(row).ToContainTextAsync("Faulted");
        await Expect(row).ToContainTextAsync("No active version of workflow definition 'quality-check'");
        await ScreenshotAsync("instances-faulted");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(Page.Locator(".status-line")).ToHaveTextAsync("Status: Faulted");

        // Retried before the fix, it fails again and says why; then it goes on.
        var retry = Page.GetByRole(AriaRole.Button, new() { Name = "Retry", Exact = true });
        await retry.ClickAsync();
        await Expect(Alert).ToContainTextAsync("A workflow step failed.");
        await Client.PublishQualityCheckAsync();
        await retry.ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Retried: the instance is Suspended");
        await Expect(Page.Locator(".status-line")).ToHaveTextAsync("Status: Suspended");
        await Expect(retry).ToHaveCountAsync(0);
        await ScreenshotAsync("instance-retried");
        var instance = await InstanceAsync(request.Workflow!.InstanceId);
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.Null(instance.Fault);
        Assert.Empty(OffsiteRequests);
    }

    private async Task ImportAsync(string sample) =>
        await (await Client.PostJsonAsync("/api/workflow-definitions/import", await File.ReadAllTextAsync(SamplePath(sample))))
            .ReadAsync<DefinitionSummary>(HttpStatusCode.Created);

    private async Task<WorkflowInstanceView> RunAsync(string definition) =>
        await (await Client.PostAsync($"/api/workflow-definitions/{definition}/run", null)).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);

    private async Task<WorkflowInstanceView> InstanceAsync(Guid id) =>
        await (await Client.GetAsync($"/api/workflow-instances/{id}")).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);

    private async Task<WorkflowInstancePageView> InstancesAsync(string definition) =>
        await (await Client.GetAsync($"/api/workflow-instances?definition={definition}")).ReadAsync<WorkflowInstancePageView>(HttpStatusCode.OK);

    private async Task<List<(string, int)>> VersionsAsync() =>
        (await (await Client.GetAsync("/api/workflow-definitions")).ReadAsync<List<DefinitionSummary>>(HttpStatusCode.OK))
        .Select(d => (d.Id, d.Version)).ToList();
}
