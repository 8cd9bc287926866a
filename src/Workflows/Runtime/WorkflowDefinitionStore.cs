using System.Collections.Concurrent;
using System.Data.Common;
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
    /// The active version, which new instances start on. Its number is read each time, not remembered: another host may
    /// have activated another version.
    /// </summary>
    public async Task<CompiledDefinition?> GetActiveAsync(string definitionId, CancellationToken ct = default)
    {
        int? version;
        using (var scope = scopes.CreateScope())
            version = await ActiveVersion(Db(scope), definitionId, ct);
        return version is null ? null : await GetAsync(definitionId, version.Value, ct);
    }

    private static readonly Func<WorkflowDbContext, string, CancellationToken, Task<int?>> ActiveVersion =
        EF.CompileAsyncQuery((WorkflowDbContext db, string definitionId, CancellationToken _) =>
            db.Definitions.Where(d => d.DefinitionId == definitionId && d.IsActive).Select(d => (int?)d.Version).FirstOrDefault());

    /// <summary>Every stored version, by definition id then version.</summary>
    public async Task<IReadOnlyList<DefinitionVersion>> ListAsync(CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        return WithStates(await Rows(scope, d => true).ToListAsync(ct));
    }

    public async Task<DefinitionVersion?> FindVersionAsync(string definitionId, int version, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        return WithStates(await Rows(scope, d => d.DefinitionId == definitionId).ToListAsync(ct)).SingleOrDefault(v => v.Version == version);
    }

    public async Task<DefinitionVersion?> FindActiveAsync(string definitionId, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        return WithStates(await Rows(scope, d => d.DefinitionId == definitionId).ToListAsync(ct)).SingleOrDefault(v => v.State == DefinitionState.Active);
    }

    /// <summary>A version's JSON exactly as stored; null when there is no such version.</summary>
    public async Task<string?> GetJsonAsync(string definitionId, int version, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        return await Db(scope).Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId && d.Version == version)
            .Select(d => d.Json).SingleOrDefaultAsync(ct);
    }

    /// <summary>The JSON of the active version, which new instances start on.</summary>
    public async Task<string?> GetActiveJsonAsync(string definitionId, CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        return await Db(scope).Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId && d.IsActive)
            .Select(d => d.Json).SingleOrDefaultAsync(ct);
    }

    private static WorkflowDbContext Db(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();

    private static IQueryable<VersionRow> Rows(IServiceScope scope, Expression<Func<StoredDefinition, bool>> which) =>
        Db(scope).Definitions.AsNoTracking().Where(which).OrderBy(d => d.DefinitionId).ThenBy(d => d.Version)
            .Select(d => new VersionRow(d.DefinitionId, d.Version, d.Name, d.Source, d.CreatedAt, d.IsActive, d.ActivatedAt, d.ActivatedBy));

    private sealed record VersionRow(
        string Id, int Version, string Name, string Source, DateTime CreatedAt, bool IsActive, DateTime? ActivatedAt, string? ActivatedBy);

    /// <summary>
    /// Each version's state. The previous version is the one activated last before the active one (a version activated
    /// again is dated by its latest activation), so a rollback is always one activation away.
    /// </summary>
    private static List<DefinitionVersion> WithStates(List<VersionRow> rows)
    {
        var previous = rows.Where(r => !r.IsActive && r.ActivatedAt is not null).GroupBy(r => r.Id)
            .Select(g => g.MaxBy(r => (r.ActivatedAt, r.Version))!).ToHashSet();
        return rows.Select(r => new DefinitionVersion(r.Id, r.Version, r.Name,
            r.IsActive ? DefinitionState.Active
            : previous.Contains(r) ? DefinitionState.Previous
            : r.ActivatedAt is null ? DefinitionState.Draft
            : DefinitionState.Retired,
            r.Source, r.CreatedAt, r.ActivatedAt, r.ActivatedBy)).ToList();
    }

    /// <summary>
    /// Stores <paramref name="definition"/> as a draft unless the newest stored version has the same content: what the
    /// designer publishes. Nothing starts on a draft until it is activated.
    /// </summary>
    public Task<StoredVersion> AddDraftAsync(WorkflowDefinition definition, string source, CancellationToken ct = default) =>
        StoreAsync(definition, source, matchAnyVersion: false, ct);

    /// <summary>Stores and activates in one go, as a caller that needs no review does (tests, benchmarks, scripts).</summary>
    public async Task<StoredVersion> PublishAsync(WorkflowDefinition definition, string source, CancellationToken ct = default)
    {
        var stored = await AddDraftAsync(definition, source, ct);
        await ActivateAsync(definition.Id, stored.Version, source, ct);
        return stored;
    }

    /// <summary>
    /// Stores the content of a definition file as a new version only when no stored version of that definition has
    /// it: the file itself changed. Comparing with the newest version only would re-import an unchanged file over a
    /// version the designer published since; and a designer's version exported into the folder is one the store
    /// already holds. Whether it becomes active is the importer's decision.
    /// </summary>
    public Task<StoredVersion> ImportAsync(WorkflowDefinition definition, string source, CancellationToken ct = default) =>
        StoreAsync(definition, source, matchAnyVersion: true, ct);

    private async Task<StoredVersion> StoreAsync(
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
        if (same is not null) return new StoredVersion(same.Version, Added: false);

        var version = (newest?.Version ?? 0) + 1;
        var versioned = definition with { Version = version };
        db.Definitions.Add(new StoredDefinition
        {
            DefinitionId = definition.Id,
            Version = version,
            Name = definition.Name,
            Json = JsonSerializer.Serialize(versioned, DefinitionJson.Options),
            ContentHash = hash,
            Source = source,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return new StoredVersion(version, Added: true);
    }

    /// <summary>
    /// Makes the version the one new instances start on; running instances stay on theirs. Null when there is no such
    /// version; the active version is answered unchanged. A version that no longer passes the checks (an activity type
    /// gone, a wait the application resumes missing) throws <see cref="InvalidDefinitionException"/>, and an activation
    /// of another version of the definition at the same moment <see cref="DbUpdateConcurrencyException"/>.
    /// </summary>
    public async Task<DefinitionVersion?> ActivateAsync(string definitionId, int version, string actor, CancellationToken ct = default)
    {
        if (await FindVersionAsync(definitionId, version, ct) is not { } found) return null;
        if (found.State == DefinitionState.Active) return found;
        var check = reader.Check((await GetJsonAsync(definitionId, version, ct))!);
        if (!check.IsValid) throw new InvalidDefinitionException($"{definitionId} version {version}", check.Problems);

        using (var scope = scopes.CreateScope())
        {
            var db = Db(scope);
            var before = await ActiveVersion(db, definitionId, ct);
            try
            {
                // Two statements in one transaction, the old version first: the unique index allows one active version
                // at every moment, and a concurrent activation of another version fails on it instead of making two.
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await db.Definitions.Where(d => d.DefinitionId == definitionId && d.IsActive)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.IsActive, false), ct);
                var now = clock.GetUtcNow().UtcDateTime;
                await db.Definitions.Where(d => d.DefinitionId == definitionId && d.Version == version)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.IsActive, true).SetProperty(d => d.ActivatedAt, now).SetProperty(d => d.ActivatedBy, actor), ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbException e)
            {
                if (await ActiveVersion(db, definitionId, ct) == before) throw;
                throw new DbUpdateConcurrencyException($"Another version of workflow definition '{definitionId}' was activated at the same time.", e);
            }
        }
        return await FindVersionAsync(definitionId, version, ct);
    }

    private CompiledDefinition Compile(StoredDefinition stored)
    {
        var definition = JsonSerializer.Deserialize<WorkflowDefinition>(stored.Json, DefinitionJson.Options)!
                         with { Version = stored.Version };
        return _compiled.GetOrAdd((stored.DefinitionId, stored.Version), _ => new CompiledDefinition(definition, registry));
    }
}
