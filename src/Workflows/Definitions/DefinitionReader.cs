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
        WorkflowDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<WorkflowDefinition>(json, DefinitionJson.Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDefinitionException(source, [$"malformed JSON: {e.Message}"]);
        }
        if (definition is null)
            throw new InvalidDefinitionException(source, ["the file holds no definition"]);

        var problems = Validate(definition);
        if (problems.Count > 0)
            throw new InvalidDefinitionException(source, problems);
        return definition;
    }

    public IReadOnlyList<string> Validate(WorkflowDefinition definition)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(definition.Id)) problems.Add("'id' is required");
        if (string.IsNullOrWhiteSpace(definition.Name)) problems.Add("'name' is required");
        if (definition.Activities.Count == 0) problems.Add("'activities' is empty");

        var ids = new HashSet<string>();
        foreach (var node in definition.Activities)
        {
            if (string.IsNullOrWhiteSpace(node.Id)) { problems.Add("an activity has no 'id'"); continue; }
            if (!ids.Add(node.Id)) problems.Add($"activity id '{node.Id}' is used twice");
            if (!registry.TryGet(node.Type, out var descriptor))
            {
                problems.Add($"activity '{node.Id}' has unknown type '{node.Type}'");
                continue;
            }
            problems.AddRange(descriptor.ValidateInputs(node));
        }

        var starts = definition.Activities.Count(a => a.Type == nameof(Start));
        if (starts != 1) problems.Add($"a definition needs exactly one Start activity, found {starts}");

        var byId = definition.Activities.Where(a => !string.IsNullOrWhiteSpace(a.Id))
            .GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var c in definition.Connections)
        {
            if (!byId.TryGetValue(c.Source, out var source))
                problems.Add($"connection from unknown activity '{c.Source}' (dangling connection)");
            else if (registry.TryGet(source.Type, out var descriptor) && !descriptor.Outcomes.Contains(c.Outcome))
                problems.Add($"activity '{c.Source}' ({source.Type}) has no outcome '{c.Outcome}'; it has {string.Join(", ", descriptor.Outcomes)}");
            if (!byId.ContainsKey(c.Target))
                problems.Add($"connection to unknown activity '{c.Target}' (dangling connection)");
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
