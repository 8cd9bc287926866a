using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Workflows.Persistence;

namespace Library.Tests.Engine;

/// <summary>
/// HttpEndpoint at the start of an active definition: /workflows/http/{path} with one of its methods starts an instance,
/// for anyone when the endpoint is open (a public form), otherwise for the role it names; WriteHttpResponse answers.
/// </summary>
public sealed class HttpWorkflowTests : HostTest
{
    /// <summary>A purchase suggestion form anyone may send: it thanks the sender by the title suggested.</summary>
    private static readonly JsonNode Suggestion = JsonNode.Parse("""
        {
          "id": "suggest-a-purchase", "name": "Suggest a purchase",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "form", "type": "HttpEndpoint", "inputs": { "path": "forms/suggest", "methods": ["POST", "PUT"], "access": "open", "resultVariable": "request" } },
            { "id": "thanks", "type": "WriteHttpResponse", "inputs": {
                "statusCode": "Created",
                "content": { "expression": "({ thanks: variables.request.body.title, via: variables.request.method })" },
                "headers": { "X-Suggestion": "received" } } },
            { "id": "end", "type": "End" }
          ],
          "connections": [ { "source": "start", "target": "form" }, { "source": "form", "target": "thanks" }, { "source": "thanks", "target": "end" } ]
        }
        """)!;

    /// <summary>A daily report only an administrator may start (the default access), answered with the instance.</summary>
    private static JsonNode Report(string path = "reports/daily", string? access = null) => JsonNode.Parse($$"""
        {
          "id": "daily-report", "name": "Daily report",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "asked", "type": "HttpEndpoint", "inputs": { "path": "{{path}}", "resultVariable": "request"{{(access is null ? "" : $", \"access\": \"{access}\"")}} } },
            { "id": "end", "type": "End" }
          ],
          "connections": [ { "source": "start", "target": "asked" }, { "source": "asked", "target": "end" } ]
        }
        """)!;

    private async Task PublishAsync(JsonNode definition)
    {
        var published = await Client.PublishAsync(definition, activate: true);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_open_endpoint_takes_a_public_form_without_sign_in_and_answers_with_its_response()
    {
        await PublishAsync(Suggestion);
        var anonymous = Host.NewClient();

        // An Idempotency-Key has no account to be kept for here, and is ignored.
        var form = new HttpRequestMessage(HttpMethod.Post, "/workflows/http/forms/suggest")
        {
            Content = new FormUrlEncodedContent([new("title", "Dune"), new("note", "for the SF shelf")]),
            Headers = { { "Idempotency-Key", "form-1" } },
        };
        var sent = await anonymous.SendAsync(form);

        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        Assert.Equal(["received"], sent.Headers.GetValues("X-Suggestion"));
        Assert.Equal("application/json", sent.Content.Headers.ContentType?.MediaType);
        var answer = JsonNode.Parse(await sent.Content.ReadAsStringAsync())!;
        Assert.Equal(("Dune", "POST"), ((string?)answer["thanks"], (string?)answer["via"]));
        var instance = Assert.Single((await (await Client.GetAsync("/api/workflow-instances?definition=suggest-a-purchase"))
            .ReadAsync<WorkflowInstancePageView>(HttpStatusCode.OK)).Items);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        var view = await (await Client.GetAsync($"/api/workflow-instances/{instance.Id}")).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);
        Assert.Equal("for the SF shelf", (string?)view.Variables["request"]?["body"]?["note"]);
        Assert.Equal("anonymous", view.History[0].Actor);

        // JSON works too, with the query; a method the endpoint does not list starts nothing, and is no one's to call.
        var put = await anonymous.PutAsync("/workflows/http/forms/suggest?shelf=SF", new StringContent("""{ "title": "Solaris" }""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal("Solaris", (string?)JsonNode.Parse(await put.Content.ReadAsStringAsync())!["thanks"]);
        await RefusedWithoutChange(() => anonymous.GetAsync("/workflows/http/forms/suggest"), HttpStatusCode.Unauthorized);
        await RefusedWithoutChange(() => Client.GetAsync("/workflows/http/forms/suggest"), HttpStatusCode.NotFound, "GET", "forms/suggest");
        await RefusedWithoutChange(() => anonymous.PostAsync("/workflows/http/forms/suggest", new StringContent("{ \"title\": ", Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, "body");
        await RefusedWithoutChange(() => anonymous.PostAsync("/workflows/http/forms/suggest", new StringContent("Dune", Encoding.UTF8, "text/plain")),
            HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task An_endpoint_needing_the_administrator_refuses_others_and_answers_the_instance_without_a_response()
    {
        await PublishAsync(Report());

        await RefusedWithoutChange(() => Host.NewClient().GetAsync("/workflows/http/reports/daily"), HttpStatusCode.Unauthorized);
        var operatorClient = await Host.StaffAsync("fso", ("Fulfillment Services Operator", []));
        await RefusedWithoutChange(() => operatorClient.GetAsync("/workflows/http/reports/daily"), HttpStatusCode.Forbidden, "General System Administrator");

        var run = await (await Client.GetAsync("/workflows/http/Reports/Daily/?day=2026-12-01")).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);

        Assert.Equal(("daily-report", WorkflowStatus.Finished), (run.Definition, run.Status));
        Assert.Equal(("GET", "reports/daily", "2026-12-01"), ((string?)run.Variables["request"]?["method"], (string?)run.Variables["request"]?["path"],
            (string?)run.Variables["request"]?["query"]?["day"]));
        Assert.Equal(LibraryHost.AdminUserName, run.History[0].Actor);
    }

    [Fact]
    public async Task An_endpoint_may_name_a_staff_role_and_the_triggers_follow_the_active_version()
    {
        await PublishAsync(Report(access: "Work Order Operator"));
        var operatorClient = await Host.StaffAsync("woo", ("Work Order Operator", [Api.Department]));
        var other = await Host.StaffAsync("fso", ("Fulfillment Services Operator", []));

        await RefusedWithoutChange(() => other.GetAsync("/workflows/http/reports/daily"), HttpStatusCode.Forbidden, "Work Order Operator");
        Assert.Equal(WorkflowStatus.Finished, (await (await operatorClient.GetAsync("/workflows/http/reports/daily")).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK)).Status);

        await PublishAsync(Report(path: "reports/weekly"));
        await RefusedWithoutChange(() => Client.GetAsync("/workflows/http/reports/daily"), HttpStatusCode.NotFound);
        await (await Client.GetAsync("/workflows/http/reports/weekly")).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_post_that_resumes_a_waiting_trigger_is_answered_by_the_response_the_instance_writes_then()
    {
        await PublishAsync(JsonNode.Parse("""
            {
              "id": "order-paid", "name": "Order paid",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "paid", "type": "HttpTrigger", "inputs": { "route": "orders/7/paid" } },
                { "id": "noted", "type": "WriteHttpResponse", "inputs": { "statusCode": 202, "content": "noted" } },
                { "id": "end", "type": "End" }
              ],
              "connections": [ { "source": "start", "target": "paid" }, { "source": "paid", "target": "noted" }, { "source": "noted", "target": "end" } ]
            }
            """)!);
        var run = await (await Client.PostAsync("/api/workflow-definitions/order-paid/run", null)).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);
        Assert.Equal(["paid"], run.WaitingAt);

        var answer = await Client.PostAsync("/workflows/http/orders/7/paid", null);

        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        Assert.Equal(("noted", "text/plain"), (await answer.Content.ReadAsStringAsync(), answer.Content.Headers.ContentType?.MediaType));
        var instance = await (await Client.GetAsync($"/api/workflow-instances/{run.Id}")).ReadAsync<WorkflowInstanceView>(HttpStatusCode.OK);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
    }
}
