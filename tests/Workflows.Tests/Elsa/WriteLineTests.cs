using Workflows.Persistence;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests.Elsa;

/// <summary>WriteLine's lines are the instance's log, in the order they were written, across waits.</summary>
public sealed class WriteLineTests
{
    private const string Greeting = """
        {
          "id": "greeting", "name": "Greeting", "variables": { "name": "Ada" },
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "hello", "type": "WriteLine", "inputs": { "text": "Hello" } },
            { "id": "wait", "type": "Signal", "inputs": { "name": "go", "key": "k" } },
            { "id": "name", "type": "WriteLine", "inputs": { "text": { "expression": "'Hello ' + getVariable('name')" } } },
            { "id": "bye", "type": "WriteLine", "inputs": { "text": "Bye" } },
            { "id": "end", "type": "End" }
          ],
          "connections": [
            { "source": "start", "target": "hello" }, { "source": "hello", "target": "wait" }, { "source": "wait", "target": "name" },
            { "source": "name", "target": "bye" }, { "source": "bye", "target": "end" }
          ]
        }
        """;

    [Fact]
    public async Task Lines_are_the_log_in_the_order_written_and_each_is_its_steps_note()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(Greeting);
        var started = await host.StartAsync("greeting");
        Assert.Equal(["Hello"], (await host.TraceAsync(started.InstanceId)).Log);

        await host.SignalAsync("go", "k");

        var trace = await host.TraceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, trace.Status);
        Assert.Equal(["Hello", "Hello Ada", "Bye"], trace.Log);
        Assert.Equal("Hello Ada", Assert.Single(trace.History, h => h.ActivityId == "name").Note);
    }

    [Fact]
    public async Task A_line_written_in_a_loop_is_logged_each_time()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync("""
            {
              "id": "count", "name": "Count", "variables": { "i": 0 },
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "line", "type": "WriteLine", "inputs": { "text": { "expression": "setVariable('i', getVariable('i') + 1); return 'round ' + variables.i;" } } },
                { "id": "again", "type": "Decision", "inputs": { "condition": { "expression": "variables.i < 3" } } },
                { "id": "end", "type": "End" }
              ],
              "connections": [
                { "source": "start", "target": "line" }, { "source": "line", "target": "again" },
                { "source": "again", "outcome": "True", "target": "line" }, { "source": "again", "outcome": "False", "target": "end" }
              ]
            }
            """);

        var started = await host.StartAsync("count");

        Assert.Equal(["round 1", "round 2", "round 3"], (await host.TraceAsync(started.InstanceId)).Log);
    }
}
