using Microsoft.Extensions.Logging;
using Workflows.Definitions;

namespace Workflows.Runtime;

/// <summary>
/// Imports the definition files of a folder into the store at start-up: a changed file becomes a new version, an
/// unchanged one nothing (even when the designer has published a newer version since), and an invalid one stops
/// start-up with the file's name and the reason. A file's version becomes the active one when nothing is active, when
/// the file changed while its own earlier version was active (an upgrade's new definition goes with its new code), or
/// when the active version can no longer run here; otherwise the version an administrator activated stays, and a
/// changed file waits as a draft for an administrator to activate it.
/// </summary>
public sealed class DefinitionImporter(DefinitionReader reader, WorkflowDefinitionStore store, ILogger<DefinitionImporter> logger)
{
    /// <summary>Who the versions this importer activates were activated by.</summary>
    private const string Actor = "system:import";

    public async Task ImportFolderAsync(string folder, CancellationToken ct = default)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Workflow definitions folder '{folder}' does not exist.");

        // Read and validate every file before storing any, so a bad file leaves the store as it was.
        var definitions = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .Select(path => (file: Path.GetFileName(path), definition: reader.Read(File.ReadAllText(path), Path.GetFileName(path))))
            .ToList();
        foreach (var duplicate in definitions.GroupBy(d => d.definition.Id).Where(g => g.Count() > 1))
            throw new InvalidDefinitionException(duplicate.Last().file, [DefinitionProblem.OfDefinition($"definition id '{duplicate.Key}' is also used by {duplicate.First().file}")]);

        foreach (var (file, definition) in definitions)
        {
            var stored = await store.ImportAsync(definition, file, ct);
            var active = await store.FindActiveAsync(definition.Id, ct);
            var added = stored.Added ? ", added" : "";
            if (await WhyActivateAsync(file, stored, active, ct) is { } reason)
            {
                await store.ActivateAsync(definition.Id, stored.Version, Actor, ct);
                logger.LogInformation("Workflow definition {Id} from {File} is version {Version}{Added}, now active: {Reason}",
                    definition.Id, file, stored.Version, added, reason);
            }
            else if (active!.Version == stored.Version)
                logger.LogInformation("Workflow definition {Id} from {File} is version {Version}{Added}, active", definition.Id, file, stored.Version, added);
            else if (stored.Added)
                logger.LogWarning("Workflow definition {Id} from {File} is version {Version}, added as a draft: version {Active} ({Source}) stays active until an administrator activates another",
                    definition.Id, file, stored.Version, active.Version, active.Source);
            else
                logger.LogInformation("Workflow definition {Id} from {File} is version {Version}; version {Active} ({Source}) is active",
                    definition.Id, file, stored.Version, active.Version, active.Source);
        }
    }

    /// <summary>Why the file's version should become the active one; null when the active version stays.</summary>
    private async Task<string?> WhyActivateAsync(string file, StoredVersion stored, DefinitionVersion? active, CancellationToken ct)
    {
        if (active is null) return "no version was active";
        if (active.Version == stored.Version) return null;
        if (stored.Added && active.Source == file) return $"the file changed, and its version {active.Version} was active";
        var check = reader.Check((await store.GetJsonAsync(active.Id, active.Version, ct))!);
        return check.IsValid ? null : $"the active version {active.Version} ({active.Source}) can no longer run: {string.Join("; ", check.Problems)}";
    }
}
