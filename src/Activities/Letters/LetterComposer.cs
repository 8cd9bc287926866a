using Library.Languages;
using Library.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Library.Letters;

/// <summary>
/// Writes a letter from its template in the reader's language: the one the letter administrator saved, or the one the
/// service ships. A reader with no language of their own gets the institution's (<c>Letters:DefaultLanguage</c>).
/// </summary>
public sealed class LetterComposer(LibraryDbContext db, LiquidTemplates liquid, IOptions<LetterSettings> settings)
{
    /// <summary>The letter for <paramref name="model"/> in <paramref name="language"/>; null when the letter is disabled.</summary>
    public async Task<ComposedLetter?> ComposeAsync(LetterKind kind, Language? language, IReadOnlyDictionary<string, object?> model, CancellationToken ct)
    {
        if (!await IsEnabledAsync(kind.Code, ct)) return null;
        var text = await TextAsync(kind, language ?? settings.Value.InstitutionLanguage(), ct);
        var (subject, body) = liquid.Render(text, model);
        return new ComposedLetter(subject, body, text.Language);
    }

    /// <summary>
    /// The template a letter in <paramref name="language"/> is written from: the saved one, else the shipped one, else
    /// (for a letter shipped without that language) the institution language's.
    /// </summary>
    public async Task<LetterText> TextAsync(LetterKind kind, Language language, CancellationToken ct)
    {
        var fallback = settings.Value.InstitutionLanguage();
        return await SavedAsync(kind.Code, language, ct) ?? ShippedTemplates.Find(kind.Code, language)
               ?? await SavedAsync(kind.Code, fallback, ct) ?? ShippedTemplates.Find(kind.Code, fallback)
               ?? throw new InvalidOperationException($"The letter {kind.Code} has no template in {language.Code()} nor in {fallback.Code()}.");
    }

    /// <summary>Whether the letter is sent; a letter no administrator switched is.</summary>
    public async Task<bool> IsEnabledAsync(string code, CancellationToken ct) =>
        await db.LetterSwitches.AsNoTracking().Where(s => s.Code == code).Select(s => (bool?)s.Enabled).FirstOrDefaultAsync(ct) ?? true;

    private async Task<LetterText?> SavedAsync(string code, Language language, CancellationToken ct) =>
        await db.LetterTemplates.AsNoTracking().Where(t => t.Code == code && t.Language == language)
            .Select(t => new LetterText(t.Code, t.Language, t.Subject, t.Body, true)).FirstOrDefaultAsync(ct);
}
