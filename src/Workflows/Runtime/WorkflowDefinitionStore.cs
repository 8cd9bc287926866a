using System.Collections.Concurrent;
using System.Linq.Expressions;
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

    public async Task<CompiledDefinition?> GetAsync(string definitionId, int version, CancellationToken ct = default)
    {
        if (_compiled.TryGetValue((definitionId, version), out var cached)) return cached;
        using var scope = scopes.CreateScope();
        var db = Db(scope);
        var stored = await db.Definitions.AsNoTracking()
            .SingleOrDefaultAsync(d => d.DefinitionId == definitionId && d.Version == version, ct);
        return stored is null ? null : Compile(stored);
    }

    /// <summary>
    /// The newest published version, which new instances start on. Its number is read each time, not remembered:
    /// another host may have published a newer one.
    /// </summary>
    public async Task<CompiledDefinition?> GetLatestAsync(string definitionId, CancellationToken ct = default)
    {
        int? version;
        using (var scope = scopes.CreateScope())
            version = await NewestPublished(Db(scope), definitionId, ct);
        return version is null ? null : await GetAsync(definitionId, version.Value, ct);
    }

    private static readonly Func<WorkflowDbContext, string, CancellationToken, Task<int?>> NewestPublished =
        EF.CompileAsyncQuery((WorkflowDbContext db, string definitionId, CancellationToken _) =>
            db.Definitions.Where(d => d.DefinitionId == definitionId && d.IsPublished).Max(d => (int?)d.Version));

    /// <summary>Every stored version, by definition id then version.</summary>
    public async Task<IReadOnlyList<DefinitionVersion>> ListAsync(CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        return await Versions(scope, d => true).ToListAsync(ct);
    }

    public async Task<DefinitionVersion?> FindVersionAsync(string definitionId, int version, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        return await Versions(scope, d => d.DefinitionId == definitionId && d.Version == version).SingleOrDefaultAsync(ct);
    }

    /// <summary>A version's JSON exactly as stored; null when there is no such version.</summary>
    public async Task<string?> GetJsonAsync(string definitionId, int version, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        return await Db(scope).Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId && d.Version == version)
            .Select(d => d.Json).SingleOrDefaultAsync(ct);
    }

    /// <summary>The JSON of the newest published version, which new instances start on.</summary>
    public async Task<string?> GetLatestJsonAsync(string definitionId, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        return await Db(scope).Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId && d.IsPublished)
            .OrderByDescending(d => d.Version).Select(d => d.Json).FirstOrDefaultAsync(ct);
    }

    private static WorkflowDbContext Db(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();

    private static IQueryable<DefinitionVersion> Versions(IServiceScope scope, Expression<Func<StoredDefinition, bool>> which) =>
        Db(scope).Definitions.AsNoTracking().Where(which).OrderBy(d => d.DefinitionId).ThenBy(d => d.Version)
            .Select(d => new DefinitionVersion(d.DefinitionId, d.Version, d.Name, d.IsPublished, d.Source, d.CreatedAt));

    /// <summary>
    /// Stores <paramref name="definition"/> as a new published version unless the newest stored version has the
    /// same content: what the designer publishes. Running instances stay on their version.
    /// </summary>
    public Task<PublishedVersion> PublishAsync(WorkflowDefinition definition, string source, CancellationToken ct = default) =>
        StoreAsync(definition, source, matchAnyVersion: false, ct);

    /// <summary>
    /// Stores the content of a definition file as a new published version only when no stored version of that
    /// definition has it: the file itself changed. Comparing with the newest version only would re-import an
    /// unchanged file over a version the designer published since, silently undoing it at every restart; and a
    /// designer's version exported into the folder is one the store already holds.
    /// </summary>
    public Task<PublishedVersion> ImportAsync(WorkflowDefinition definition, string source, CancellationToken ct = default) =>
        StoreAsync(definition, source, matchAnyVersion: true, ct);

    private async Task<PublishedVersion> StoreAsync(
        WorkflowDefinition definition, string source, bool matchAnyVersion, CancellationToken ct)
    {
        var problems = reader.Validate(definition);
        if (problems.Count > 0) throw new InvalidDefinitionException(source, problems);

        using var scope = scopes.CreateScope();
        var db = Db(scope);
        var hash = DefinitionReader.ContentHash(definition);
        var versions = db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definition.Id).OrderByDescending(d => d.Version);
        var newest = await versions.FirstOrDefaultAsync(ct);
        var same = matchAnyVersion
            ? await versions.FirstOrDefaultAsync(d => d.ContentHash == hash, ct)
            : newest?.ContentHash == hash ? newest : null;
        if (same is not null) return new PublishedVersion(same.Version, Added: false);

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
        return new PublishedVersion(version, Added: true);
    }

    private CompiledDefinition Compile(StoredDefinition stored)
    {
        var definition = JsonSerializer.Deserialize<WorkflowDefinition>(stored.Json, DefinitionJson.Options)!
                         with { Version = stored.Version };
        return _compiled.GetOrAdd((stored.DefinitionId, stored.Version), _ => new CompiledDefinition(definition, registry));
    }
}
