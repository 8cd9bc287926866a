using System.Text.Json.Nodes;
using Workflows.Expressions;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests.Elsa;

/// <summary>
/// Elsa's JavaScript reaches the variables by <c>getVariable</c>, <c>setVariable</c>, <c>variables.x</c> and the
/// per-variable accessors, and what a script sets is kept on the instance.
/// </summary>
public sealed class ScriptVariableTests
{
    /// <summary>Start → SetVariable <c>result</c> to <paramref name="script"/> → End, over the variables a = 1 and counter = 5.</summary>
    private static string Setting(string script) => $$"""
        {
          "id": "script", "name": "Script",
          "variables": { "a": 1, "counter": 5 },
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "set", "type": "SetVariable", "inputs": { "variable": "result", "value": { "expression": {{JsonValue.Create(script).ToJsonString()}} } } },
            { "id": "end", "type": "End" }
          ],
          "connections": [ { "source": "start", "target": "set" }, { "source": "set", "target": "end" } ]
        }
        """;

    private static async Task<JsonObject> RunAsync(string script)
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(Setting(script));
        var started = await host.StartAsync("script");
        Assert.Equal(WorkflowStatus.Finished, started.Status);
        return (await host.InstanceAsync(started.InstanceId)).Variables;
    }

    [Fact]
    public async Task SetVariable_in_a_script_is_kept_and_getVariable_reads_it_back()
    {
        var variables = await RunAsync("setVariable('b', getVariable('a') + 1); return getVariable('b') * 10;");

        Assert.Equal(2, (int?)variables["b"]);
        Assert.Equal(20, (int?)variables["result"]);
        Assert.Equal(1, (int?)variables["a"]);
    }

    [Fact]
    public async Task Assignments_to_variables_are_kept_nested_ones_included()
    {
        var variables = await RunAsync("variables.a = variables.a + 41; variables.order = { lines: [1] }; variables.order.lines.push(2); 'ok'");

        Assert.Equal(42, (int?)variables["a"]);
        Assert.Equal("[1,2]", variables["order"]?["lines"]?.ToJsonString());
        Assert.Equal("ok", (string?)variables["result"]);
    }

    [Fact]
    public async Task Accessors_named_after_a_variable_read_and_write_it()
    {
        var variables = await RunAsync("setCounter(getCounter() + 1); getCounter()");

        Assert.Equal(6, (int?)variables["counter"]);
        Assert.Equal(6, (int?)variables["result"]);
    }

    [Fact]
    public async Task GetVariable_of_an_unknown_name_is_null()
    {
        var variables = await RunAsync("getVariable('nobody') === null");

        Assert.True((bool?)variables["result"]);
    }

    [Fact]
    public async Task Elsa_common_functions_answer_of_values_the_input_and_the_instance()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(Setting("[isNullOrEmpty(''), isNullOrEmpty('x'), isNullOrWhiteSpace(' '), isNullOrWhiteSpace(null), " +
                                            "toJson({ a: [1] }), getInput('order'), getCorrelationId(), getWorkflowInstanceId()]"));

        var started = await host.StartAsync("script", new JsonObject { ["order"] = "o-7" }, correlationId: "req-1");

        var result = (await host.InstanceAsync(started.InstanceId)).Variables["result"]!.AsArray().Select(r => r!.ToString()).ToList();
        Assert.Equal(["true", "false", "true", "true", """{"a":[1]}""", "o-7", "req-1", started.InstanceId.ToString()], result);
    }

    [Theory]
    [InlineData("variables.counter > 1")]
    [InlineData("return variables.counter > 1;")]
    [InlineData("if (getCounter() > 1) { return true; } return false;")]
    public async Task A_script_gives_its_value_as_an_expression_or_by_a_top_level_return(string script)
    {
        var variables = await RunAsync(script);

        Assert.True((bool?)variables["result"]);
    }

    [Fact]
    public async Task A_condition_that_sets_a_variable_keeps_it_whichever_way_it_goes()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync("""
            {
              "id": "count", "name": "Count", "variables": { "tries": 0 },
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "again", "type": "Decision", "inputs": { "condition": { "expression": "setVariable('tries', getVariable('tries') + 1); return variables.tries < 3;" } } },
                { "id": "end", "type": "End" }
              ],
              "connections": [
                { "source": "start", "target": "again" },
                { "source": "again", "outcome": "True", "target": "again" },
                { "source": "again", "outcome": "False", "target": "end" }
              ]
            }
            """);

        var started = await host.StartAsync("count");

        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(3, (int?)instance.Variables["tries"]);
        Assert.Equal(2, instance.Count("again", "True"));
        Assert.Equal(1, instance.Count("again", "False"));
    }

    [Theory]
    [InlineData("setVariable('big', 'x'.repeat(2**28)); 1")]
    [InlineData("variables.a = 'x'.repeat(1e6); variables.b = Array(50000).fill(variables.a); 1")]
    [InlineData("setVariable('a', 7); while (true) {}")]
    public async Task A_script_past_a_sandbox_limit_faults_the_step_and_sets_nothing(string script)
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishJsonAsync(Setting(script).Replace("""{ "source": "start", "target": "set" }""",
            """{ "source": "start", "target": "wait" }, { "source": "wait", "target": "set" }""").Replace(
            """{ "id": "end", "type": "End" }""", """{ "id": "end", "type": "End" }, { "id": "wait", "type": "Signal", "inputs": { "name": "go", "key": "k" } }"""));
        var started = await host.StartAsync("script");

        var fault = await Assert.ThrowsAsync<ActivityFaultException>(() => host.SignalAsync("go", "k"));

        Assert.IsType<ExpressionException>(fault.InnerException);
        var instance = await host.InstanceAsync(started.InstanceId);
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Equal("""{"a":1,"counter":5}""", instance.Variables.ToJsonString());
    }
}
