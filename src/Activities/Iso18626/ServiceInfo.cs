namespace Library.Iso18626;

/// <summary>How the requesting agency wants the request served. The schema requires the service type; partners omit it.</summary>
public sealed record ServiceInfo(
    RequestType? RequestType = null, ServiceType? ServiceType = null, DateTime? NeedBeforeDate = null, string? Note = null);
