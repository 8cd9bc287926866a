using System.Net;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Workflows.Persistence;

namespace Library.Tests.Engine;

/// <summary>
/// Elsa samples imported over HTTP and driven as an Elsa user drives them: an HttpEndpoint's path answered by its
/// WriteHttpResponse, and an Event resumed by publishing it.
/// </summary>
public sealed class ElsaSamplesOverHttpTests : HostTest
{
    private async Task ImportAsync(string sample)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Elsa", "Samples", sample + ".json"));
        var imported = await Client.PostJsonAsync("/api/workflow-definitions/import", json);
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
    }

    [Fact]
    public async Task An_imported_open_HttpEndpoint_answers_anyone_with_the_response_the_workflow_writes()
    {
        await ImportAsync("http-endpoint");

        var answer = await Host.NewClient().GetAsync("/workflows/http/greetings/hello");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("Hello from a workflow", await answer.Content.ReadAsStringAsync());
        Assert.Equal("text/plain", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["hello"], answer.Headers.GetValues("X-Greeting"));
        var instances = await (await Client.GetAsync("/api/workflow-instances?definition=elsa-http-endpoint")).ReadAsync<WorkflowInstancePageView>(HttpStatusCode.OK);
        Assert.Equal(WorkflowStatus.Finished, Assert.Single(instances.Items).Status);
    }

    [Fact]
    public async Task An_imported_Event_waits_for_its_event_and_publishing_it_finishes_the_run_with_both_lines()
    {
        await ImportAsync("event");
        var run = await (await Client.PostAsync("/api/workflow-definitions/elsa-event/run", null)).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);
        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        Assert.Equal(["paid"], run.WaitingAt);
        Assert.Equal(["waiting for payment"], run.Log);

        var published = await (await Client.PostAsync("/api/events/order-paid", null)).ReadAsync<EventAnswer>(HttpStatusCode.OK);

        Assert.Equal((run.Id, WorkflowStatus.Finished), (Assert.Single(published.Resumed).InstanceId, published.Resumed[0].Status));
        var instance = await (await Client.GetAsync($"/api/workflow-instances/{run.Id}")).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(["waiting for payment", "payment received"], instance.Log);
    }
}
