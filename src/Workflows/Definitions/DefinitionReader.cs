using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Workflows.Activities;

namespace Workflows.Definitions;

/// <summary>Reads definition JSON and checks that it can run against the registered activity types.</summary>
public sealed class DefinitionReader(ActivityRegistry registry)
{
    /// <summary>Parses and validates; throws <see cref="InvalidDefinitionException"/> naming <paramref name="source"/>.</summary>
    public WorkflowDefinition Read(string json, string source)
    {
        var check = Check(json);
        return check.IsValid ? check.Definition! : throw new InvalidDefinitionException(source, check.Problems);
    }

    /// <summary>Parses and validates without throwing, for callers that answer with the problems instead of stopping.</summary>
    public DefinitionCheck Check(string json)
    {
        WorkflowDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<WorkflowDefinition>(json, DefinitionJson.Options);
        }
        catch (JsonException e)
        {
            return new DefinitionCheck(null, [DefinitionProblem.OfDefinition($"malformed JSON: {e.Message}")]);
        }
        if (definition is null)
            return new DefinitionCheck(null, [DefinitionProblem.OfDefinition("the file holds no definition")]);
        var problems = Validate(definition);
        return new DefinitionCheck(problems.Count == 0 ? definition : null, problems);
    }

    /// <summary>
    /// Every reason the definition cannot run. JSON may hold <c>null</c> where the model has none, so each
    /// collection and element is checked before it is used.
    /// </summary>
    public IReadOnlyList<DefinitionProblem> Validate(WorkflowDefinition definition)
    {
        var problems = new List<DefinitionProblem>();
        void OfDefinition(string message) => problems.Add(DefinitionProblem.OfDefinition(message));

        if (string.IsNullOrWhiteSpace(definition.Id)) OfDefinition("'id' is required");
        if (string.IsNullOrWhiteSpace(definition.Name)) OfDefinition("'name' is required");
        if (definition.Variables is null) OfDefinition("'variables' must be an object");
        if (definition.Activities is null || definition.Connections is null)
        {
            OfDefinition($"'{(definition.Activities is null ? "activities" : "connections")}' must be a list");
            return problems;
        }
        if (definition.Activities.Count == 0) OfDefinition("'activities' is empty");

        var ids = new HashSet<string>();
        foreach (var node in definition.Activities)
        {
            if (node is null || string.IsNullOrWhiteSpace(node.Id)) { OfDefinition("an activity has no 'id'"); continue; }
            if (!ids.Add(node.Id)) problems.Add(new(node.Id, $"activity id '{node.Id}' is used twice"));
            if (node.Inputs is null) { problems.Add(new(node.Id, $"activity '{node.Id}' has 'inputs': null; give an object")); continue; }
            if (!registry.TryGet(node.Type ?? "", out var descriptor))
            {
                problems.Add(new(node.Id, $"activity '{node.Id}' has unknown type '{node.Type}'"));
                continue;
            }
            problems.AddRange(descriptor.ValidateInputs(node).Select(p => new DefinitionProblem(node.Id, p)));
        }

        var starts = definition.Activities.Count(a => a?.Type == nameof(Start));
        if (starts != 1) OfDefinition($"a definition needs exactly one Start activity, found {starts}");

        var byId = definition.Activities.Where(a => !string.IsNullOrWhiteSpace(a?.Id))
            .GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var c in definition.Connections)
        {
            if (c is null) { OfDefinition("a connection is null"); continue; }
            // A connection belongs to the activity it leaves, so its problems show on that activity.
            var from = byId.GetValueOrDefault(c.Source ?? "");
            if (from is null)
                OfDefinition($"connection from unknown activity '{c.Source}' (dangling connection)");
            else if (registry.TryGet(from.Type ?? "", out var descriptor) && !descriptor.Outcomes.Contains(c.Outcome))
                problems.Add(new(from.Id, $"activity '{c.Source}' ({from.Type}) has no outcome '{c.Outcome}'; it has {string.Join(", ", descriptor.Outcomes)}"));
            if (!byId.ContainsKey(c.Target ?? ""))
                problems.Add(new(from?.Id, $"connection to unknown activity '{c.Target}' (dangling connection)"));
        }
        return problems;
    }

    /// <summary>A hash of what the definition does, blind to formatting and to the version number.</summary>
    public static string ContentHash(WorkflowDefinition definition)
    {
        var canonical = JsonSerializer.Serialize(definition with { Version = 0 }, DefinitionJson.Options);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
