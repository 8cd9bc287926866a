namespace Library.Delivery;

/// <summary>The <c>Delivery</c> configuration section.</summary>
public sealed class DeliveryOptions
{
    /// <summary>The address requesters reach the service at, for links in letters.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>The address a link's files are downloaded from.</summary>
    public string UrlOf(DeliveryLink link) => $"{PublicBaseUrl.TrimEnd('/')}/delivery/{link.Token}";

    /// <summary>Days after which delivered files are removed (Alma's document_delivery_cleanup_days).</summary>
    public int DocumentDeliveryCleanupDays { get; set; } = 14;
}
