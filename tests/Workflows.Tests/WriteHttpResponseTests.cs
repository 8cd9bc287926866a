using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Activities;
using Workflows.Http;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests;

/// <summary>WriteHttpResponse leaves its answer in the scope's slot for the host to write once the unit commits.</summary>
public sealed class WriteHttpResponseTests
{
    private static async Task<(StartResult Started, HttpAnswer? Answer)> RunAsync(JsonObject inputs)
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(new Flow("answer").Start().Add("answer", nameof(WriteHttpResponse), inputs).End().Chain("start", "answer", "end").Build());
        await using var scope = host.Services.CreateAsyncScope();
        var started = await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().StartAsync("answer", null, null, "tester");
        return (started, scope.ServiceProvider.GetRequiredService<HttpAnswerSlot>().Answer);
    }

    [Fact]
    public async Task A_status_by_name_and_an_object_make_a_json_answer_with_its_headers()
    {
        var (started, answer) = await RunAsync(new JsonObject
        {
            ["statusCode"] = "Created",
            ["content"] = Flow.Expr("({ id: 7, title: 'Dune' })"),
            ["headers"] = new JsonObject { ["Location"] = "/suggestions/7", ["X-Tags"] = new JsonArray("sf", "classic") },
        });

        Assert.Equal(WorkflowStatus.Finished, started.Status);
        Assert.Equal((201, "application/json"), (answer!.StatusCode, answer.ContentType));
        Assert.Equal(7, (int?)JsonNode.Parse(answer.Content)!["id"]);
        Assert.Equal(["/suggestions/7"], answer.Headers["location"]);
        Assert.Equal(["sf", "classic"], answer.Headers["X-Tags"]);
    }

    [Fact]
    public async Task Without_inputs_the_answer_is_an_empty_200_text()
    {
        var (_, answer) = await RunAsync([]);

        Assert.Equal((200, "", "text/plain; charset=utf-8"), (answer!.StatusCode, answer.Content, answer.ContentType));
    }

    [Theory]
    [InlineData("""{ "statusCode": 700 }""", "700")]
    [InlineData("""{ "statusCode": "Splendid" }""", "Splendid")]
    [InlineData("""{ "headers": { "Content-Length": "3" } }""", "Content-Length")]
    public async Task A_status_that_is_not_one_or_a_header_the_server_sets_faults_the_step(string inputs, string named)
    {
        var fault = await Assert.ThrowsAsync<ActivityFaultException>(() => RunAsync(JsonNode.Parse(inputs)!.AsObject()));

        Assert.Equal("answer", fault.ActivityId);
        Assert.Contains(named, fault.Message);
    }
}
