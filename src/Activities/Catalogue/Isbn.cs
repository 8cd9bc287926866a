namespace Library.Catalogue;

/// <summary>
/// ISBNs as a request or record writes them, with hyphens or spaces, 10 or 13 digits. One book's ISBN-10 and ISBN-13
/// name the same record (Alma: Digitization Processing, "Filter by this Record"), so they are compared as ISBN-13.
/// </summary>
public static class Isbn
{
    /// <summary>The 13 digits of a valid ISBN-10 or ISBN-13 (its check digit right), or null for anything else.</summary>
    public static string? ToIsbn13(string? written)
    {
        if (written is null) return null;
        var isbn = Compact(written);
        if (isbn.Length == 13 && isbn.All(char.IsAsciiDigit) && CheckDigit13(isbn[..12]) == isbn[12]) return isbn;
        if (isbn.Length != 10 || !isbn[..9].All(char.IsAsciiDigit) || CheckDigit10(isbn[..9]) != isbn[9]) return null;
        var body = "978" + isbn[..9];
        return body + CheckDigit13(body);
    }

    public static bool IsValid(string written) => ToIsbn13(written) is not null;

    private static string Compact(string written) => written.Replace("-", "").Replace(" ", "").ToUpperInvariant();

    private static char CheckDigit10(string nine)
    {
        var sum = nine.Select((c, i) => (10 - i) * (c - '0')).Sum();
        var check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }

    private static char CheckDigit13(string twelve)
    {
        var sum = twelve.Select((c, i) => (i % 2 == 0 ? 1 : 3) * (c - '0')).Sum();
        return (char)('0' + (10 - sum % 10) % 10);
    }
}
