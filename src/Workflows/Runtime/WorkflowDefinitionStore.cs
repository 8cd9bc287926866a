using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Activities;
using Workflows.Definitions;
using Workflows.Persistence;

namespace Workflows.Runtime;

/// <summary>
/// Definition versions in the database, compiled on first use and kept: a stored version never changes, so the
/// cache needs no invalidation.
/// </summary>
public sealed class WorkflowDefinitionStore(IServiceScopeFactory scopes, ActivityRegistry registry, DefinitionReader reader, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string, int), CompiledDefinition> _compiled = new();
    private readonly ConcurrentDictionary<string, int> _latest = new();

    public async Task<CompiledDefinition?> GetAsync(string definitionId, int version, CancellationToken ct = default)
    {
        if (_compiled.TryGetValue((definitionId, version), out var cached)) return cached;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var stored = await db.Definitions.AsNoTracking()
            .SingleOrDefaultAsync(d => d.DefinitionId == definitionId && d.Version == version, ct);
        return stored is null ? null : Compile(stored);
    }

    /// <summary>The newest published version, which new instances start on.</summary>
    public async Task<CompiledDefinition?> GetLatestAsync(string definitionId, CancellationToken ct = default)
    {
        if (_latest.TryGetValue(definitionId, out var version)) return await GetAsync(definitionId, version, ct);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var stored = await db.Definitions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId && d.IsPublished)
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(ct);
        if (stored is null) return null;
        _latest[definitionId] = stored.Version;
        return Compile(stored);
    }

    /// <summary>
    /// Stores <paramref name="definition"/> as a new published version unless the newest stored version has
    /// the same content. Returns the version that now holds it.
    /// </summary>
    public async Task<int> PublishAsync(WorkflowDefinition definition, string source, CancellationToken ct = default)
    {
        var problems = reader.Validate(definition);
        if (problems.Count > 0) throw new InvalidDefinitionException(source, problems);

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var hash = DefinitionReader.ContentHash(definition);
        var newest = await db.Definitions.AsNoTracking()
            .Where(d => d.DefinitionId == definition.Id)
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(ct);
        if (newest is not null && newest.ContentHash == hash) return newest.Version;

        var version = (newest?.Version ?? 0) + 1;
        var versioned = definition with { Version = version };
        db.Definitions.Add(new StoredDefinition
        {
            DefinitionId = definition.Id,
            Version = version,
            Name = definition.Name,
            Json = JsonSerializer.Serialize(versioned, DefinitionJson.Options),
            ContentHash = hash,
            IsPublished = true,
            Source = source,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        _latest[definition.Id] = version;
        return version;
    }

    private CompiledDefinition Compile(StoredDefinition stored)
    {
        var definition = JsonSerializer.Deserialize<WorkflowDefinition>(stored.Json, DefinitionJson.Options)!
                         with { Version = stored.Version };
        return _compiled.GetOrAdd((stored.DefinitionId, stored.Version), _ => new CompiledDefinition(definition, registry));
    }
}
