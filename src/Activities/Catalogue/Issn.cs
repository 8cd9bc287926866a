namespace Library.Catalogue;

/// <summary>ISSNs, written <c>1234-567X</c>; compared in that form whatever spacing a request used.</summary>
public static class Issn
{
    /// <summary><c>NNNN-NNNC</c> for a valid ISSN (its check digit right), or null for anything else.</summary>
    public static string? Normalized(string? written)
    {
        if (written is null) return null;
        var issn = written.Replace("-", "").Replace(" ", "").ToUpperInvariant();
        if (issn.Length != 8 || !issn[..7].All(char.IsAsciiDigit)) return null;
        var sum = issn[..7].Select((c, i) => (8 - i) * (c - '0')).Sum();
        var check = (11 - sum % 11) % 11;
        var expected = check == 10 ? 'X' : (char)('0' + check);
        return issn[7] == expected ? $"{issn[..4]}-{issn[4..]}" : null;
    }
}
