using Microsoft.Extensions.DependencyInjection;
using Workflows.Definitions;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests.Elsa;

/// <summary>Definitions written as the JSON a file or the designer holds, read and checked as the service reads them.</summary>
internal static class JsonDefinitions
{
    public static async Task<int> PublishJsonAsync(this WorkflowTestHost host, string json) =>
        await host.PublishAsync(host.Services.GetRequiredService<DefinitionReader>().Read(json, "test.json"));

    public static async Task<Workflows.Traces.WorkflowTrace> TraceAsync(this WorkflowTestHost host, Guid instanceId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<Workflows.Traces.WorkflowTraces>().GetAsync(instanceId))!;
    }

    /// <summary>The problems the reader finds in <paramref name="json"/>.</summary>
    public static IReadOnlyList<DefinitionProblem> Problems(this WorkflowTestHost host, string json) =>
        host.Services.GetRequiredService<DefinitionReader>().Check(json).Problems;
}
