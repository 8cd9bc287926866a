using Library.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Library.Tests.Operations;

/// <summary>What the service logs while a workflow runs a step names the HTTP request and the workflow instance.</summary>
public sealed class LogScopeTests
{
    [Fact]
    public async Task A_step_run_by_a_request_logs_with_the_request_and_the_instance()
    {
        var logs = new CapturedLogs();
        await using var host = LibraryHost.Start(new Dictionary<string, string?> { ["Logging:LogLevel:Workflows"] = "Debug" }, logs: logs);

        var request = await host.Client.CreateAsync();

        var instanceId = request.Workflow!.InstanceId.ToString();
        var step = Assert.Single(logs.Lines, line =>
            line.Message == "Step scan-in (ScanIn) ended with Waiting" && Equals(line.Scopes.GetValueOrDefault("WorkflowInstanceId")?.ToString(), instanceId));
        Assert.Equal(LogLevel.Debug, step.Level);
        Assert.Equal("digitization", step.Scopes["DefinitionId"]);
        Assert.Equal("/api/digitization-requests", step.Scopes["RequestPath"]);
        Assert.False(string.IsNullOrEmpty(step.Scopes["RequestId"]?.ToString()));
        Assert.False(string.IsNullOrEmpty(step.Scopes["TraceId"]?.ToString()));
    }
}
