using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Activities;
using Workflows.Persistence;
using Workflows.Runtime;

namespace Workflows.Triggers;

/// <summary>
/// The start triggers of the active definitions, by name and key. Kept until the set of active versions changes: each
/// lookup reads which versions are active (one small query), so an activation on any host is seen at the next lookup.
/// Only literal inputs make a trigger; an expression has no value before an instance exists.
/// </summary>
public sealed class StartTriggers(IServiceScopeFactory scopes, WorkflowDefinitionStore definitions)
{
    private TriggerIndex _index = new([], new Dictionary<(string, string), List<StartTrigger>>());

    public async Task<IReadOnlyList<StartTrigger>> FindAsync(string name, string key, CancellationToken ct = default) =>
        (await CurrentAsync(ct)).Triggers.TryGetValue((name, key), out var found) ? found : [];

    private async Task<TriggerIndex> CurrentAsync(CancellationToken ct)
    {
        List<ActiveVersion> active;
        using (var scope = scopes.CreateScope())
            active = await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Definitions.AsNoTracking()
                .Where(d => d.IsActive).OrderBy(d => d.DefinitionId).Select(d => new ActiveVersion(d.DefinitionId, d.Version)).ToListAsync(ct);
        var index = _index;
        if (index.Active.SequenceEqual(active)) return index;

        var triggers = new Dictionary<(string, string), List<StartTrigger>>();
        foreach (var version in active)
        {
            if (await definitions.GetAsync(version.DefinitionId, version.Version, ct) is not { } definition) continue;
            foreach (var trigger in Of(definition))
            {
                if (!triggers.TryGetValue((trigger.Name, trigger.Key), out var list)) triggers[(trigger.Name, trigger.Key)] = list = [];
                list.Add(trigger);
            }
        }
        _index = index = new TriggerIndex(active, triggers);
        return index;
    }

    private static IEnumerable<StartTrigger> Of(CompiledDefinition definition)
    {
        if (definition.Machine is not null) yield break;
        var first = definition.Definition.Connections.Where(c => c.Source == definition.StartActivityId).Select(c => c.Target).Distinct();
        foreach (var node in first.Select(definition.Node))
        {
            IEnumerable<(string Name, string Key)> keys = node.Type switch
            {
                nameof(Event) => Event.TriggerKeys(node),
                nameof(HttpEndpoint) => HttpEndpoint.TriggerKeys(node),
                _ => [],
            };
            foreach (var (name, key) in keys) yield return new StartTrigger(definition.Id, definition.Version, node.Id, name, key, node.Inputs);
        }
    }

    private sealed record ActiveVersion(string DefinitionId, int Version);

    private sealed record TriggerIndex(List<ActiveVersion> Active, Dictionary<(string, string), List<StartTrigger>> Triggers);
}
