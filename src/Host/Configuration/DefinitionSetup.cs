using Workflows.Definitions;
using Workflows.Runtime;

namespace Library.Host.Configuration;

public static class DefinitionSetup
{
    /// <summary>
    /// The folder of definition files: <c>Workflows:DefinitionsPath</c>, or the copy of
    /// <c>workflow-definitions/</c> that the build puts beside the binaries.
    /// </summary>
    public static string DefinitionsPath(this IConfiguration configuration) =>
        configuration["Workflows:DefinitionsPath"] is { Length: > 0 } path
            ? Path.GetFullPath(path)
            : Path.Combine(AppContext.BaseDirectory, "workflow-definitions");

    /// <summary>Imports the definition files; an invalid one stops start-up with its file name and the reason.</summary>
    public static async Task ImportDefinitionsAsync(this IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken ct = default)
    {
        try
        {
            await services.GetRequiredService<DefinitionImporter>().ImportFolderAsync(configuration.DefinitionsPath(), ct);
        }
        catch (InvalidDefinitionException e)
        {
            logger.LogCritical("Cannot start: {Reason}", e.Message);
            throw;
        }
    }
}
