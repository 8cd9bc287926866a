using Library.Accounts;
using Library.Languages;
using Microsoft.Extensions.Options;

namespace Library.Host.Configuration;

/// <summary>
/// The institution's language (<c>Letters:DefaultLanguage</c>, the one its letters default to; start-up refuses an
/// unknown one): what an account that chose none reads the UI in.
/// </summary>
public sealed class InstitutionLanguage(IOptions<LetterSettings> letters)
{
    public string Default => letters.Value.InstitutionLanguage().Code();

    /// <summary>The language <paramref name="account"/> reads the UI in: its own choice, else the institution's.</summary>
    public string Of(StaffAccount account) => LanguageCodes.TryParse(account.Language, out var language) ? language.Code() : Default;
}
