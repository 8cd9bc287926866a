namespace Workflows.Elsa;

/// <summary>
/// One input as Elsa names it and as we do, with the Elsa type name an exported expression declares for its result.
/// </summary>
public sealed record ElsaInputName(string Elsa, string Ours, string TypeName = "Object");
