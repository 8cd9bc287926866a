using System.Net;
using System.Net.Http.Json;
using Library.Digitization;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Workflows.Persistence;

namespace Library.Tests.Reliability;

/// <summary>
/// A step that fails leaves its instance Faulted; administrators find it in the list of workflow instances and on the
/// request's page, fix the cause, and retry the step, which then goes on as it would have.
/// </summary>
public sealed class FaultRetryTests : HostTest
{
    private static Task<WorkflowInstancePageView> ListAsync(HttpClient client, string query) =>
        client.GetFromJsonAsync<WorkflowInstancePageView>($"/api/workflow-instances{query}", LibraryHost.Json)!;

    [Fact]
    public async Task A_faulted_step_is_listed_shown_on_the_request_and_goes_on_when_retried_after_its_cause_is_fixed()
    {
        var operatorClient = await Host.StaffAsync("woo", ("Work Order Operator", [Api.Department]));
        var request = await Client.FaultedRequestAsync(by: operatorClient);

        // The request's page: its workflow is faulted at the activity that failed, and the request did not move on.
        Assert.Equal(DigitizationStatus.Digitization, request.Status);
        Assert.Equal(WorkflowStatus.Faulted, request.Workflow!.Status);
        Assert.Contains("quality-check", request.Workflow.Fault);
        var fault = Assert.Single(request.Faults);
        Assert.Equal((request.Workflow.InstanceId, "quality-check", "RunWorkflow"), (fault.InstanceId, fault.Activity, fault.Type));

        // The operators' list of faulted instances names it with its definition version and the request it serves.
        var listed = Assert.Single((await ListAsync(Client, "?status=faulted")).Items);
        Assert.Equal((request.Workflow.InstanceId, "digitization", 2, request.Id.ToString()),
            (listed.Id, listed.Definition, listed.Version, listed.CorrelationId));
        Assert.Equal(WorkflowStatus.Faulted, listed.Status);
        Assert.Equal("quality-check", listed.Incident!.Activity);
        Assert.Contains("No active version of workflow definition 'quality-check'", listed.Fault);
        var detail = await Client.GetFromJsonAsync<WorkflowInstanceView>($"/api/workflow-instances/{listed.Id}", LibraryHost.Json);
        Assert.Equal(listed.Fault, detail!.Fault);
        Assert.Contains("NextStep", detail.WaitingFor);

        // Retried before the cause is fixed: it faults again, and the attempt is in the history.
        await (await Client.PostAsync($"/api/workflow-instances/{listed.Id}/retry", null)).ProblemAsync(HttpStatusCode.InternalServerError, "quality-check");
        Assert.Equal(WorkflowStatus.Faulted, (await Client.GetRequestAsync(request.Id)).Workflow!.Status);

        await Client.PublishQualityCheckAsync();
        var retried = await (await Client.PostAsync($"/api/workflow-instances/{listed.Id}/retry", null)).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);

        Assert.Equal(WorkflowStatus.Suspended, retried.Status);
        Assert.Null(retried.Fault);
        var after = await Client.GetRequestAsync(request.Id);
        Assert.Equal(DigitizationStatus.DocumentDelivery, after.Status);
        Assert.Empty(after.Faults);
        var steps = after.History.Skip(request.History.Count).ToList();
        Assert.Equal(("admin", "quality-check", "Faulted"), (steps[0].Actor, steps[0].Activity, steps[0].Outcome));
        Assert.Equal(("admin", "quality-check", "Retried"), (steps[1].Actor, steps[1].Activity, steps[1].Outcome));
        // The Next Step the operator pressed ran again in the operator's name.
        Assert.Equal("woo", steps.Single(s => s.Activity == "next-step").Actor);
        Assert.Contains(steps, s => s.Activity == "quality-check" && s.Outcome == "Done");
        Assert.Empty((await ListAsync(Client, "?status=faulted")).Items);
    }

    [Fact]
    public async Task A_5xx_answer_is_not_kept_for_its_idempotency_key_so_the_repeat_runs()
    {
        await Client.PublishDigitizationWithQualityCheckAsync();
        var request = await Client.CreateAsync();
        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        HttpRequestMessage NextStep()
        {
            var message = new HttpRequestMessage(HttpMethod.Post, $"/api/requests/{request.Id}/next-step");
            message.Headers.Add("Idempotency-Key", "next-step-1");
            return message;
        }

        await (await Client.SendAsync(NextStep())).ProblemAsync(HttpStatusCode.InternalServerError);
        await Client.PublishQualityCheckAsync();
        var repeated = await (await Client.SendAsync(NextStep())).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);

        Assert.Equal(DigitizationStatus.DocumentDelivery, repeated.Status);
        Assert.Empty(repeated.Faults);
    }

    [Fact]
    public async Task Retry_of_an_instance_that_is_not_faulted_is_409_and_changes_nothing()
    {
        var request = await Client.CreateAsync();

        await RefusedWithoutChange(() => Client.PostAsync($"/api/workflow-instances/{request.Workflow!.InstanceId}/retry", null),
            HttpStatusCode.Conflict, "suspended");
        await RefusedWithoutChange(() => Client.PostAsync($"/api/workflow-instances/{Guid.NewGuid()}/retry", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_administrators_list_read_and_retry_instances()
    {
        var request = await Client.FaultedRequestAsync();
        var operatorClient = await Host.StaffAsync("woo", ("Work Order Operator", [Api.Department]));
        var instanceId = request.Workflow!.InstanceId;

        await (await operatorClient.GetAsync("/api/workflow-instances?status=faulted")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await operatorClient.GetAsync($"/api/workflow-instances/{instanceId}")).ProblemAsync(HttpStatusCode.Forbidden);
        await RefusedWithoutChange(() => operatorClient.PostAsync($"/api/workflow-instances/{instanceId}/retry", null), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_list_pages_through_instances_the_latest_first_and_filters_by_status_and_definition()
    {
        var requests = new List<DigitizationRequestView>();
        for (var i = 0; i < 3; i++) requests.Add(await Client.CreateAsync());

        var first = await ListAsync(Client, "?status=suspended&definition=digitization&page=1&pageSize=2");
        var second = await ListAsync(Client, "?status=suspended&definition=digitization&page=2&pageSize=2");

        Assert.Equal((3, 1, 2), (first.Total, first.Page, first.PageSize));
        Assert.Equal(requests.Select(r => r.Workflow!.InstanceId).Reverse(), first.Items.Concat(second.Items).Select(i => i.Id));
        Assert.Empty((await ListAsync(Client, "?status=finished")).Items);
        Assert.Equal(3, (await ListAsync(Client, "")).Total);

        await (await Client.GetAsync("/api/workflow-instances?status=stuck")).ProblemAsync(HttpStatusCode.BadRequest, "status", "faulted");
        await (await Client.GetAsync("/api/workflow-instances?pageSize=0")).ProblemAsync(HttpStatusCode.BadRequest, "pageSize");
        await (await Client.GetAsync("/api/workflow-instances?page=0")).ProblemAsync(HttpStatusCode.BadRequest, "page");
        await (await Client.GetAsync($"/api/workflow-instances/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
