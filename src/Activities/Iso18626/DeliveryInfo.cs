namespace Library.Iso18626;

/// <summary>How and when the item went out: the barcode as <see cref="ItemId"/>, the carrier as <see cref="SentVia"/>.</summary>
public sealed record DeliveryInfo(DateTime DateSent, string? ItemId = null, string? SentVia = null, string? LoanCondition = null);
