using Library.Iso18626;

namespace Library.Lending;

/// <summary>
/// The ISO 18626 supplyingAgencyMessage for a message <see cref="IsoMessages"/> chose: the header names us (the setting
/// <see cref="LendingSettings.IsoSymbol"/>) as supplier, the partner as requester, its request id and ours; the status
/// carries the due date of a loan; a shipment carries its barcodes. There is no element for the supplier to authenticate
/// itself with (requestingAgencyAuthentication is the requester's), so the partner's shared secret is not sent: putting
/// it in the requester's element would tell it back to its owner over the wire and prove nothing.
/// </summary>
public static class IsoSupplyingMessage
{
    public static SupplyingAgencyMessage For(IsoMessage message, LendingRequest request, IsoAgencyId us, IsoAgencyId partner, TimeZoneInfo zone)
    {
        var status = Enum.Parse<SupplyingAgencyStatus>(message.Status!);
        var header = new Header(us, partner, message.At, request.ExternalId, request.Id.ToString());
        var info = new MessageInfo(Enum.Parse<ReasonForMessage>(message.ReasonForMessage), message.AnswerYesNo, message.Note,
            status == SupplyingAgencyStatus.Unfilled ? request.RejectionReason : null);
        var statusInfo = new StatusInfo(status, message.At, DueDate: status is SupplyingAgencyStatus.Loaned or SupplyingAgencyStatus.Overdue or SupplyingAgencyStatus.Recalled
            ? EndOf(request.DueDate, zone)
            : null);
        return new SupplyingAgencyMessage(header, info, statusInfo, IsShipment(message) ? new DeliveryInfo(message.At, Items(request)) : null);
    }

    /// <summary>The message that tells of the items going out: the loan, a copy or a non-returnable item.</summary>
    private static bool IsShipment(IsoMessage message) =>
        message.ReasonForMessage == nameof(ReasonForMessage.StatusChange)
        && message.Status is nameof(SupplyingAgencyStatus.Loaned) or nameof(SupplyingAgencyStatus.CopyCompleted) or nameof(SupplyingAgencyStatus.CompletedWithoutReturn);

    private static string? Items(LendingRequest request) => request.ShippedBarcodes.Count > 0 ? string.Join(",", request.ShippedBarcodes) : null;

    /// <summary>A due date lasts until midnight in the institution's time zone.</summary>
    private static DateTime? EndOf(DateOnly? due, TimeZoneInfo zone) =>
        due is { } day ? TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue), zone) : null;
}
