using Library.Host.Contracts;

namespace Library.Tests.Infrastructure;

/// <summary>
/// What a request's history may hold: each step (an activity with its outcome) once, since the digitization flowchart
/// passes each once, except two loops. <c>await-expiry</c> waits again after each change of the expiry date
/// (<c>Changed</c>), and <c>attach-documents</c> waits again after each file (<c>Attached</c>).
/// </summary>
public static class RequestHistory
{
    /// <summary>The steps found more often than the flowchart passes them, given how often the loops were taken.</summary>
    public static IEnumerable<string> Repeated(DigitizationRequestView request, int expiryChanges, int filesAttached) =>
        request.History
            .GroupBy(h => (h.Activity, h.Outcome))
            .Where(step => step.Count() > Passes(step.Key.Activity, step.Key.Outcome, expiryChanges, filesAttached))
            .Select(step => $"{step.Key.Activity}/{step.Key.Outcome ?? "(halt)"} ×{step.Count()}");

    /// <summary>How often a step of <paramref name="activity"/> ending in <paramref name="outcome"/> may be in the history.</summary>
    private static int Passes(string activity, string? outcome, int expiryChanges, int filesAttached) => (activity, outcome) switch
    {
        ("await-expiry", "Changed") => expiryChanges,
        ("await-expiry", "Waiting") => 1 + expiryChanges,
        ("attach-documents", "Attached") => filesAttached,
        ("attach-documents", "Waiting") => 1 + filesAttached,
        _ => 1,
    };
}
