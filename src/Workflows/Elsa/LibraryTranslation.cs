using System.Text.Json.Nodes;
using Workflows.Activities;
using Workflows.Definitions;

namespace Workflows.Elsa;

/// <summary>
/// An activity type of ours that Elsa has no type for (the library's activities, RunWorkflow, Signal, ...): written as
/// <c>Library.&lt;Type&gt;</c> with its inputs under their own names, so Elsa keeps it as an activity it does not know
/// and an import here reads it back.
/// </summary>
public sealed class LibraryTranslation(ActivityDescriptor descriptor)
    : ElsaActivityTranslation(Prefix + descriptor.TypeName, descriptor.TypeName,
        descriptor.Inputs.Select(i => new ElsaInputName(i.Name, i.Name, ElsaTypeNames.Of(i.ValueType))).ToArray())
{
    public const string Prefix = "Library.";
}
