using System.Security.Cryptography;
using System.Text;

namespace Library.Scanning;

/// <summary>
/// A registered scan station: it scans at one digitization department or one desk, with an API key of its own. Only the
/// key's SHA-256 is kept (the key is 256 random bits, so a slow hash would add nothing); a revoked station keeps its
/// row, so the history that names it still means something.
/// </summary>
public sealed class ScanStation
{
    public required string Id { get; set; }

    /// <summary>The digitization department (or desk code) it scans at, or null for a desk named by library and location.</summary>
    public string? Department { get; set; }

    public string? Library { get; set; }
    public string? Location { get; set; }
    public required string KeyHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime KeyIssuedAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    public bool Revoked => RevokedAt is not null;

    /// <summary>A new key, shown once to whoever registers or rotates the station, and its hash to store.</summary>
    public static (string Key, string Hash) NewKey()
    {
        var key = "lss_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (key, HashOf(key));
    }

    public static string HashOf(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Where it scans: a department or desk, or a library's shelving location.</summary>
    public Moves.Place ScanPlace => Department is not null ? Moves.Place.AtDesk(Department) : Moves.Place.Shelf(Library!, Location!);
}
