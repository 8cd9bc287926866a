using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Workflows.Activities;
using Workflows.StateMachines;

namespace Workflows.Definitions;

/// <summary>
/// Reads definition JSON and checks that it can run against the registered activity types (and, for a state machine,
/// the gate sources), and that it keeps the waits the application resumes.
/// </summary>
public sealed class DefinitionReader(ActivityRegistry registry, RequiredWaits requiredWaits, IEnumerable<IGateSource>? gateSources = null)
{
    private readonly MachineChecks _machineChecks = new(registry, gateSources ?? []);

    /// <summary>The <c>kind</c> a flowchart may say it is; files written before kinds existed say none.</summary>
    public const string FlowchartKind = "flowchart";

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
        if (UnpairedSurrogateIn(json) is { } where)
            return new DefinitionCheck(null, [DefinitionProblem.OfDefinition(
                $"{where} holds an unpaired surrogate (an escape such as \\ud800 without its pair); text must be valid Unicode")]);
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
        else if (definition.Id.Length > WorkflowDefinition.MaxIdLength) OfDefinition($"'id' is {definition.Id.Length} characters long; at most {WorkflowDefinition.MaxIdLength}");
        if (string.IsNullOrWhiteSpace(definition.Name)) OfDefinition("'name' is required");
        else if (definition.Name.Length > WorkflowDefinition.MaxNameLength) OfDefinition($"'name' is {definition.Name.Length} characters long; at most {WorkflowDefinition.MaxNameLength}");
        if (definition.Variables is null) OfDefinition("'variables' must be an object");
        if (definition.Kind is not (null or FlowchartKind or WorkflowDefinition.StateMachineKind))
            OfDefinition($"'kind' is '{definition.Kind}'; give '{FlowchartKind}' or '{WorkflowDefinition.StateMachineKind}'");
        if (definition.IsStateMachine())
        {
            problems.AddRange(_machineChecks.Validate(definition));
            if (problems.Count == 0) problems.AddRange(MissingActions(definition));
            return problems;
        }
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
            if (node.MergeMode is { } mode && !MergeModes.TryParse(mode, out _))
                problems.Add(new(node.Id, $"activity '{node.Id}' has unknown mergeMode '{mode}'; give {string.Join(", ", MergeModes.Names)}"));
            if (node.Type == nameof(Join) && node.Inputs["mode"] is System.Text.Json.Nodes.JsonObject)
                problems.Add(new(node.Id, $"activity '{node.Id}' (Join) input 'mode' must be \"WaitAll\" or \"WaitAny\", not an expression: the runtime reads it before the Join runs"));
            if (node.On is not null) problems.Add(new(node.Id, $"activity '{node.Id}' has 'on', which only an activity a state machine's action runs has; connect its outcome instead"));
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
            else if (registry.TryGet(from.Type ?? "", out var descriptor) && from.Inputs is not null
                     && descriptor.OutcomesOf(from) is { } outcomes && !outcomes.Contains(c.Outcome))
                problems.Add(new(from.Id, $"activity '{c.Source}' ({from.Type}) has no outcome '{c.Outcome}'; it has {string.Join(", ", outcomes)}"));
            if (!byId.ContainsKey(c.Target ?? ""))
                problems.Add(new(from?.Id, $"connection to unknown activity '{c.Target}' (dangling connection)"));
        }
        problems.AddRange(MissingWaits(definition, byId));
        return problems;
    }

    /// <summary>
    /// The required waits that no activity reachable from Start waits under. An activity the flowchart never reaches
    /// waits for nothing, so a definition cannot keep a wait by leaving its activity aside.
    /// </summary>
    private IEnumerable<DefinitionProblem> MissingWaits(WorkflowDefinition definition, Dictionary<string, ActivityNode> byId)
    {
        var required = requiredWaits.Of(definition.Id ?? "");
        if (required.Count == 0) yield break;
        var next = definition.Connections.Where(c => c is not null).ToLookup(c => c.Source ?? "", c => c.Target ?? "");
        var reached = new HashSet<string>();
        var queue = new Queue<string>(byId.Values.Where(a => a.Type == nameof(Start)).Select(a => a.Id));
        while (queue.TryDequeue(out var id))
        {
            if (!byId.ContainsKey(id) || !reached.Add(id)) continue;
            foreach (var target in next[id]) queue.Enqueue(target);
        }
        var waited = reached.SelectMany(id => registry.TryGet(byId[id].Type ?? "", out var type) ? type.Waits : []).ToHashSet();
        foreach (var wait in required.Where(w => !waited.Contains(w.BookmarkName)))
            yield return DefinitionProblem.OfDefinition($"'{definition.Id}' must keep the wait '{wait.BookmarkName}', which {wait.ResumedBy} resumes: " +
                                                        $"no activity reachable from Start waits there ({WaitingTypes(wait.BookmarkName)})");
    }

    /// <summary>
    /// The required waits a state machine does not wait under: its bookmarks are named by its actions, so an action of
    /// that name must be allowed from some status.
    /// </summary>
    private IEnumerable<DefinitionProblem> MissingActions(WorkflowDefinition definition)
    {
        var statuses = definition.States!.Select(s => s.Name).ToList();
        var allowed = definition.Actions!.Where(a => a.FromStatuses(statuses)!.Count > 0).Select(a => a.Name).ToHashSet();
        foreach (var wait in requiredWaits.Of(definition.Id).Where(w => !allowed.Contains(w.BookmarkName)))
            yield return DefinitionProblem.OfDefinition($"'{definition.Id}' must keep the action '{wait.BookmarkName}', which {wait.ResumedBy} takes: no status allows it");
    }

    private string WaitingTypes(string bookmarkName)
    {
        var types = registry.All.Where(t => t.Waits.Contains(bookmarkName)).Select(t => t.TypeName).Order(StringComparer.Ordinal).ToList();
        return types.Count switch
        {
            0 => "no registered activity type waits there",
            1 => $"the activity type that waits there: {types[0]}",
            _ => $"the activity types that wait there: {string.Join(", ", types)}",
        };
    }

    /// <summary>
    /// Where a string or a property name holds a lone UTF-16 surrogate, or null. The serializer keeps such a string
    /// unread inside a variable or an input, and fails only when it writes it again, so the definition could be neither
    /// stored nor run.
    /// </summary>
    private static string? UnpairedSurrogateIn(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        var property = "";
        while (reader.Read())
        {
            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName)) continue;
            try
            {
                var text = reader.GetString()!;
                if (reader.TokenType == JsonTokenType.PropertyName) property = text;
            }
            catch (InvalidOperationException)
            {
                // The reader refuses to decode invalid UTF-16, and nothing else, into a string.
                return reader.TokenType == JsonTokenType.PropertyName ? $"a property name after '{property}'" : $"the string in '{property}'";
            }
        }
        return null;
    }

    /// <summary>A hash of what the definition does, blind to formatting and to the version number.</summary>
    public static string ContentHash(WorkflowDefinition definition)
    {
        var canonical = JsonSerializer.Serialize(definition with { Version = 0 }, DefinitionJson.Options);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
