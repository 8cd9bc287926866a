using System.Text.Json.Serialization;

namespace Library.Notifications;

/// <summary>
/// The patron letters this service sends. The first three carry Alma's letter names (Alma: Configuring
/// Digitization, "Letters"); Alma's documentation names no letter for rejection, expiry or a new representation, so
/// those carry descriptive names.
/// </summary>
public enum Letter
{
    /// <summary>The digitized file, attached (Document Delivery – attachment).</summary>
    [JsonStringEnumMemberName("Ful Digitization Notification Item Letter")] DigitizationNotificationItem,

    /// <summary>A link to download the files (Document Delivery – link).</summary>
    [JsonStringEnumMemberName("Document Delivery Notification Letter")] DocumentDeliveryNotification,

    /// <summary>The request was cancelled, with the reason.</summary>
    [JsonStringEnumMemberName("Ful Cancel Request Letter")] CancelRequest,

    /// <summary>The approver rejected the request, with the reason.</summary>
    [JsonStringEnumMemberName("Digitization Rejected Letter")] DigitizationRejected,

    /// <summary>The request was not completed within the department's work time.</summary>
    [JsonStringEnumMemberName("Digitization Expired Letter")] DigitizationExpired,

    /// <summary>The digitized copy is available in the repository (Digital Inventory).</summary>
    [JsonStringEnumMemberName("Digital Representation Available Letter")] RepresentationAvailable,
}
