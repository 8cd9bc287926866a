using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Library.Digitization;

/// <summary>
/// The Find box of the request lists: a request is found by its id, barcode, title, requester's name or requester's id,
/// whatever the case and accents ("lefevre" finds "Lefèvre"). Both sides are folded the same way here, in .NET, so
/// SQLite and PostgreSQL search the stored folded text alike, without collations or extensions.
/// </summary>
public static class RequestSearch
{
    public const int MaxLength = 1000;

    /// <summary>Lower case, without diacritics, spaces collapsed.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c));
        }
        return string.Join(' ', folded.ToString().Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>What the Find box searches in, one field a line so no match spans two fields.</summary>
    public static string TextOf(DigitizationRequest request)
    {
        var text = string.Join('\n', new[] { request.Id.ToString(), request.Item.Barcode, request.Requester.Id, request.Requester.Name ?? "", request.Item.Title }.Select(Fold));
        return text.Length <= MaxLength ? text : text[..MaxLength];
    }

    /// <summary>Brings the search text of every tracked request up to date before a save, whichever of its fields changed.</summary>
    public static void Refresh(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<DigitizationRequest>())
        {
            if (entry.State is EntityState.Deleted or EntityState.Detached) continue;
            var text = TextOf(entry.Entity);
            if (entry.Entity.SearchText != text) entry.Entity.SearchText = text;
        }
    }
}
