namespace Library.Host.Contracts;

/// <summary>A station's new API key, shown this once: it is stored only as a hash. Scans send it as <c>X-Api-Key</c>.</summary>
public sealed record ScanStationKey(string Id, string ApiKey);
