using System.Text.Json;
using System.Text.Json.Nodes;

namespace Library.Scanning;

/// <summary>What a scan station reports: where the barcode was scanned.</summary>
public sealed record ScanPayload(string StationId, string Barcode, string? Department, string? Library, string? Location)
{
    public JsonObject ToJson() => JsonSerializer.SerializeToNode(this, JsonSerializerOptions.Web)!.AsObject();

    public static ScanPayload From(JsonObject? json) =>
        json?.Deserialize<ScanPayload>(JsonSerializerOptions.Web) ?? new ScanPayload("unknown", "", null, null, null);
}
