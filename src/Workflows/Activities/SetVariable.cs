using System.ComponentModel;
using System.Text.Json.Nodes;

namespace Workflows.Activities;

[Description("Sets a variable to a value or to the result of an expression.")]
public sealed class SetVariable : Activity
{
    public required Input<string> Variable { get; init; }
    public required Input<JsonNode?> Value { get; init; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var name = context.Get(Variable);
        context.SetVariable(name, context.Get(Value));
        context.Note = $"{name} = {context.Variables[name]?.ToJsonString() ?? "null"}";
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
