using Library.Accounts;

namespace Library.Host.Configuration;

/// <summary>
/// The institution's language (<c>Letters:DefaultLanguage</c>, English when unset or not one the staff UI is written
/// in): what an account that chose none reads the UI in.
/// </summary>
public sealed class InstitutionLanguage(IConfiguration configuration)
{
    public const string Setting = "Letters:DefaultLanguage";

    public string Default => configuration[Setting]?.ToLowerInvariant() is { } language && StaffLanguages.IsKnown(language)
        ? language
        : StaffLanguages.English;

    /// <summary>The language <paramref name="account"/> reads the UI in: its own choice, else the institution's.</summary>
    public string Of(StaffAccount account) => StaffLanguages.IsKnown(account.Language) ? account.Language! : Default;
}
