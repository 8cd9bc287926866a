using System.Text.Json.Serialization;

namespace Library.Notifications;

/// <summary>The patron letters this service sends, under Alma's letter names (seed 004, "Letters").</summary>
public enum Letter
{
    /// <summary>The digitized file, attached (Document Delivery – attachment).</summary>
    [JsonStringEnumMemberName("Ful Digitization Notification Item Letter")] DigitizationNotificationItem,

    /// <summary>The request was cancelled, with the reason.</summary>
    [JsonStringEnumMemberName("Ful Cancel Request Letter")] CancelRequest,
}
