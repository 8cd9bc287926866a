using System.Text.Json.Nodes;
using Library.Rules;

namespace Library.Digitization;

/// <summary>
/// A status set by staff on a request's Edit page (Alma: Digitization Processing, "Edit": "select a status from the
/// drop-down list"), with their note. The request's status is where its workflow stands, so staff may only choose a
/// status the workflow goes to from where it waits now, and choosing it moves the workflow there: from Pickup From
/// Shelf or In Transit, Digitization, as if the item had been scanned in at the department; from Digitization, the
/// status Next Step leads to by the request's target. Any other status is refused, naming the ones allowed, so the
/// status never says one thing while the workflow waits for another (closing a request is Cancel or Done).
/// </summary>
public sealed record StatusChange(DigitizationStatus To, string? Note)
{
    private const string PayloadKey = "statusChange";

    /// <summary>The statuses staff may choose now, each with the wait it resumes; none while the workflow waits for neither.</summary>
    public static IReadOnlyList<(DigitizationStatus Status, string Bookmark)> Allowed(DigitizationRequest request, IReadOnlyCollection<string> waitingFor)
    {
        var allowed = new List<(DigitizationStatus, string)>();
        if (waitingFor.Contains(DigitizationBookmarks.ScanIn)) allowed.Add((DigitizationStatus.Digitization, DigitizationBookmarks.ScanIn));
        if (waitingFor.Contains(DigitizationBookmarks.NextStep))
        {
            allowed.Add((request.Routing.Target == DigitizationTarget.DigitalInventory ? DigitizationStatus.DigitalInventory : DigitizationStatus.DocumentDelivery,
                DigitizationBookmarks.NextStep));
        }
        return allowed;
    }

    /// <summary>The resumption payload that carries the change to the activity it resumes.</summary>
    public JsonObject ToPayload() => new() { [PayloadKey] = new JsonObject { ["to"] = To.DisplayName(), ["note"] = Note } };

    public static StatusChange? From(JsonObject? payload) =>
        payload?[PayloadKey] is JsonObject change && DigitizationStatuses.TryParse(change["to"]?.GetValue<string>(), out var to)
            ? new StatusChange(to, change["note"]?.GetValue<string>())
            : null;

    /// <summary>The history's note for the step the change resumed.</summary>
    public string Describe() => Note is { Length: > 0 } note ? $"Status set to {To.DisplayName()} on the Edit page: {note}" : $"Status set to {To.DisplayName()} on the Edit page";
}
