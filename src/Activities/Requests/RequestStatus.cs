using System.Text.Json.Serialization;

namespace Library.Requests;

/// <summary>A digitization request's status, named as Alma names it (seed 002, "Digitization Processing").</summary>
public enum RequestStatus
{
    [JsonStringEnumMemberName("Pickup From Shelf")] PickupFromShelf,
    [JsonStringEnumMemberName("In Transit")] InTransit,
    [JsonStringEnumMemberName("Digitization")] Digitization,
    [JsonStringEnumMemberName("Document Delivery")] DocumentDelivery,
    [JsonStringEnumMemberName("Digital Inventory")] DigitalInventory,
    [JsonStringEnumMemberName("Completed")] Completed,
    [JsonStringEnumMemberName("Cancelled")] Cancelled,
    [JsonStringEnumMemberName("Rejected")] Rejected,
    [JsonStringEnumMemberName("Expired")] Expired,
}

public static class RequestStatuses
{
    private static readonly Dictionary<RequestStatus, string> Names = Enum.GetValues<RequestStatus>().ToDictionary(
        s => s,
        s => typeof(RequestStatus).GetField(s.ToString())!
            .GetCustomAttributes(typeof(JsonStringEnumMemberNameAttribute), false)
            .Cast<JsonStringEnumMemberNameAttribute>().Single().Name);

    /// <summary>The status as staff read it, e.g. "Pickup From Shelf".</summary>
    public static string DisplayName(this RequestStatus status) => Names[status];

    public static bool TryParse(string? name, out RequestStatus status)
    {
        foreach (var (value, display) in Names)
        {
            if (string.Equals(display, name, StringComparison.OrdinalIgnoreCase))
            {
                status = value;
                return true;
            }
        }
        status = default;
        return false;
    }

    public static IEnumerable<string> All => Names.Values;

    /// <summary>A request in one of these statuses is finished: no further action applies to it.</summary>
    public static bool IsClosed(this RequestStatus status) =>
        status is RequestStatus.Completed or RequestStatus.Cancelled or RequestStatus.Rejected or RequestStatus.Expired;
}
