namespace Workflows.Activities;

/// <summary>
/// Declares the bookmark names an activity waits under, so a definition can be checked, before it runs, for the waits
/// code outside it resumes (<see cref="Definitions.RequiredWaits"/>). Only names fixed in code: a
/// <see cref="Signal"/>'s name comes from its input.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class WaitsForAttribute(params string[] bookmarkNames) : Attribute
{
    public IReadOnlyList<string> BookmarkNames { get; } = bookmarkNames;
}
