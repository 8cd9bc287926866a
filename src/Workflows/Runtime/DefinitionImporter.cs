using Microsoft.Extensions.Logging;
using Workflows.Definitions;

namespace Workflows.Runtime;

/// <summary>
/// Imports the definition files of a folder into the store at start-up: a changed file becomes a new version,
/// an unchanged one nothing (even when the designer has published a newer version since), and an invalid one stops
/// start-up with the file's name and the reason.
/// </summary>
public sealed class DefinitionImporter(DefinitionReader reader, WorkflowDefinitionStore store, ILogger<DefinitionImporter> logger)
{
    public async Task ImportFolderAsync(string folder, CancellationToken ct = default)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Workflow definitions folder '{folder}' does not exist.");

        // Read and validate every file before storing any, so a bad file leaves the store as it was.
        var definitions = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .Select(path => (path, definition: reader.Read(File.ReadAllText(path), Path.GetFileName(path))))
            .ToList();
        foreach (var duplicate in definitions.GroupBy(d => d.definition.Id).Where(g => g.Count() > 1))
            throw new InvalidDefinitionException(Path.GetFileName(duplicate.Last().path), [DefinitionProblem.OfDefinition($"definition id '{duplicate.Key}' is also used by {Path.GetFileName(duplicate.First().path)}")]);

        foreach (var (path, definition) in definitions)
        {
            var stored = await store.ImportAsync(definition, Path.GetFileName(path), ct);
            logger.LogInformation("Workflow definition {Id} from {File} is version {Version}{Added}",
                definition.Id, Path.GetFileName(path), stored.Version, stored.Added ? ", added" : "");
        }
    }
}
