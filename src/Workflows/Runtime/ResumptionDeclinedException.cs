namespace Workflows.Runtime;

/// <summary>
/// A resumed activity declined (<see cref="Activities.ActivityResult.Decline"/>): the unit of work stops unsaved. A
/// decline in a parent resumed by its child's end stops the child's step with it, since both commit as one.
/// </summary>
internal sealed class ResumptionDeclinedException(string reason) : Exception(reason);
