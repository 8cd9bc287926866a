using Workflows.Definitions;

namespace Workflows.Elsa;

/// <summary>Elsa.Delay waits for a duration; a Timer that waits until a moment has no Elsa form and is written as ours.</summary>
public sealed class TimerTranslation() : ElsaActivityTranslation("Elsa.Delay", nameof(Activities.Timer), new ElsaInputName("timeSpan", "duration", "TimeSpan"))
{
    public override bool Exports(ActivityNode node) => base.Exports(node) && node.Inputs.All(i => i.Key == "duration");
}
