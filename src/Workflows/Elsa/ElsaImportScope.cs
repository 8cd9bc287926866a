using System.Text.Json.Nodes;
using Workflows.Definitions;

namespace Workflows.Elsa;

/// <summary>What translating one flowchart's activities needs: the variables it sees, and where refusals go.</summary>
public sealed class ElsaImportScope(ElsaVariables variables, List<DefinitionProblem> problems)
{
    public ElsaVariables Variables => variables;

    public void Refuse(string? activityId, string message) => problems.Add(new DefinitionProblem(activityId, message));

    /// <summary>Our value of the activity's input <paramref name="name"/>; null when unset or refused.</summary>
    public JsonNode? Input(JsonObject activity, string activityId, string name) =>
        ElsaExpression.Read(activity[name], variables.NameOf, message => Refuse(activityId, $"activity '{activityId}' input '{name}' {message}"));
}
