using Workflows.Activities;

namespace Workflows.StateMachines;

/// <summary>
/// A source of the flags a state machine's gates name (<c>{ "profile": "willSupplyStep" }</c>), which the application
/// implements: what a source and its flags mean is its business. Registered as a singleton; <see cref="IsOnAsync"/>
/// gets the instance's context, whose services are those of the unit of work.
/// </summary>
public interface IGateSource
{
    /// <summary>The name gates use, e.g. "profile".</summary>
    string Source { get; }

    /// <summary>The flags it knows, so a definition naming another is refused.</summary>
    IReadOnlyCollection<string> Flags { get; }

    /// <summary>Whether the flag is on for the instance, when it enters a status.</summary>
    ValueTask<bool> IsOnAsync(string flag, ActivityContext context);
}
