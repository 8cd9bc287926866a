using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Runtime;

namespace Library.Host.Problems;

/// <summary>
/// The one place where a resume that did not run becomes an HTTP answer. A staff action on a request that exists
/// but whose workflow is not waiting for it is 409; a signal or HTTP trigger, addressed by the waiting point itself,
/// is 404 when nothing waits there. A step that faults is a 500 naming the activity (<see cref="ExceptionProblems"/>).
/// </summary>
public static class ResumeProblems
{
    /// <summary>For <paramref name="action"/> (e.g. "Next Step") on <paramref name="subject"/> (e.g. "request 0193…").</summary>
    public static ProblemHttpResult OfAction(ResumeResult result, string action, string subject) => result.Status switch
    {
        ResumeStatus.Conflict => ApiProblems.Conflict($"{action} on {subject} was already done by a concurrent request."),
        // The subject changed between the endpoint's check and the step: the step's own answer, as the check would give it.
        ResumeStatus.Declined => ApiProblems.Conflict(result.Reason!),
        ResumeStatus.NotFound => ApiProblems.Conflict($"{action} is not possible now: the workflow of {subject} is not waiting for it."),
        _ => throw new ArgumentException("The resume ran; there is no problem to answer.", nameof(result)),
    };

    /// <summary>For a trigger addressed by its waiting point, e.g. "signal 'approval' with key '42'".</summary>
    public static ProblemHttpResult OfTrigger(ResumeResult result, string waitingPoint) => result.Status switch
    {
        ResumeStatus.NotFound => ApiProblems.NotFound($"Nothing waits for {waitingPoint}."),
        ResumeStatus.Conflict => ApiProblems.Conflict($"Another request resumed {waitingPoint} first."),
        _ => OfAction(result, "This", waitingPoint),
    };

    public static (int Status, string Title, string Detail) OfFault(ActivityFaultException fault) =>
        (StatusCodes.Status500InternalServerError, "A workflow step failed.", fault.Message);
}
