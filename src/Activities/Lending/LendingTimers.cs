using System.Text.Json.Nodes;
using Workflows.Activities;

namespace Library.Lending;

/// <summary>
/// The variables the lending definition's timers read: <see cref="DueAt"/> in the statuses of a loan whose due date is
/// watched (<see cref="LendingDeadline.Watched"/>), <see cref="NeededByAt"/> in those not shipped yet; each holds the end
/// of its date in the institution's time zone, or nothing once that date has passed for the request. Every activity
/// that changes a date sets them again.
/// </summary>
public static class LendingTimers
{
    public const string DueAt = "dueAt", NeededByAt = "neededByAt";

    public static void Set(ActivityContext context, LendingRequest request, TimeZoneInfo zone)
    {
        foreach (var (name, value) in Of(request, zone)) context.SetVariable(name, value);
    }

    /// <summary>Both variables as the request's dates set them.</summary>
    public static JsonObject Of(LendingRequest request, TimeZoneInfo zone) => new()
    {
        [DueAt] = At(request.DueDate is { } due && request.OverdueDueDate != due ? due : null, zone),
        [NeededByAt] = At(request.NeededBy is { } neededBy && request.ExpiredNeededBy != neededBy ? neededBy : null, zone),
    };

    private static JsonNode? At(DateOnly? date, TimeZoneInfo zone) => date is { } d ? JsonValue.Create(LendingDeadline.EndOf(d, zone)) : null;
}
