using Library.Scanning;

namespace Library.Host.Contracts;

/// <summary>A registered scan station, without its key.</summary>
public sealed record ScanStationView(
    string Id, string? Department, string? Library, string? Location, DateTime CreatedAt, DateTime KeyIssuedAt, DateTime? RevokedAt)
{
    public static ScanStationView Of(ScanStation s) => new(s.Id, s.Department, s.Library, s.Location, s.CreatedAt, s.KeyIssuedAt, s.RevokedAt);
}
