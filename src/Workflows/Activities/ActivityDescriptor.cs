using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Definitions;

namespace Workflows.Activities;

/// <summary>What the runtime knows of a registered activity type: its inputs, its outcomes, its waits and how to build it.</summary>
public sealed class ActivityDescriptor
{
    private readonly ObjectFactory _factory;

    internal ActivityDescriptor(Type type)
    {
        Type = type;
        TypeName = type.Name;
        Outcomes = type.GetCustomAttribute<OutcomesAttribute>()?.Names ?? [Activities.Outcomes.Done];
        OutcomesInput = type.GetCustomAttribute<OutcomesFromAttribute>()?.Input;
        Waits = type.GetCustomAttribute<WaitsForAttribute>()?.BookmarkNames ?? [];
        Description = type.GetCustomAttribute<System.ComponentModel.DescriptionAttribute>()?.Description;
        Inputs = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Input<>))
            .Select(p => new InputDescriptor(p))
            .ToList();
        _factory = ActivatorUtilities.CreateFactory(type, []);
    }

    public Type Type { get; }
    public string TypeName { get; }
    public string? Description { get; }
    public IReadOnlyList<string> Outcomes { get; }

    /// <summary>The input whose names are the activity's outcomes when it lists any (<see cref="OutcomesFromAttribute"/>); null for most.</summary>
    public string? OutcomesInput { get; }

    /// <summary>The bookmark names it waits under, as <see cref="WaitsForAttribute"/> declares them.</summary>
    public IReadOnlyList<string> Waits { get; }
    public IReadOnlyList<InputDescriptor> Inputs { get; }

    internal IEnumerable<string> ValidateInputs(ActivityNode node)
    {
        foreach (var input in Inputs.Where(i => i.Required && node.Inputs[i.Name] is null))
            yield return $"activity '{node.Id}' ({TypeName}) is missing required input '{input.Name}'";
        foreach (var name in node.Inputs.Select(p => p.Key).Where(n => Inputs.All(i => i.Name != n)))
            yield return $"activity '{node.Id}' ({TypeName}) has no input '{name}'";
        foreach (var input in Inputs)
        {
            var problem = input.CheckLiteral(node.Inputs[input.Name]);
            if (problem is not null) yield return $"activity '{node.Id}' ({TypeName}) input '{input.Name}': {problem}";
        }
    }

    /// <summary>
    /// The outcomes <paramref name="node"/> can end with: those its <see cref="OutcomesInput"/> lists, else the declared
    /// ones. Null when an expression gives them, so they are known only as it runs.
    /// </summary>
    internal IReadOnlyList<string>? OutcomesOf(ActivityNode node)
    {
        if (OutcomesInput is null) return Outcomes;
        return node.Inputs[OutcomesInput] switch
        {
            JsonArray { Count: > 0 } names when names.All(n => n is JsonValue v && v.TryGetValue<string>(out _)) => names.Select(n => (string)n!).ToList(),
            JsonObject => null,
            _ => Outcomes,
        };
    }

    /// <summary>Binds a node's inputs once; the result builds fresh activity objects for each execution.</summary>
    internal Func<IServiceProvider, Activity> Bind(ActivityNode node)
    {
        var values = Inputs.Select(i => (i, i.Create(node.Inputs[i.Name]))).Where(v => v.Item2 is not null).ToList();
        return services =>
        {
            var activity = (Activity)_factory(services, null);
            foreach (var (input, value) in values) input.Property.SetValue(activity, value);
            return activity;
        };
    }
}
