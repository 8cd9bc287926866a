namespace Workflows.Traces;

/// <summary>The step a Faulted instance failed at (Elsa: an incident): the activity and when; a retry runs it again.</summary>
public sealed record WorkflowIncident(string ActivityId, string ActivityType, DateTime At);
