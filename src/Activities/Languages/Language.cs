using System.Text.Json.Serialization;

namespace Library.Languages;

/// <summary>A language the service writes letters and shows its staff pages in; its code is the JSON value.</summary>
public enum Language
{
    [JsonStringEnumMemberName("en")] English,
    [JsonStringEnumMemberName("fr")] French,
    [JsonStringEnumMemberName("zh")] Chinese,
}

public static class LanguageCodes
{
    /// <summary>The code, e.g. "fr".</summary>
    public static string Code(this Language language) => EnumNames<Language>.Of(language);

    public static bool TryParse(string? code, out Language language) => EnumNames<Language>.TryParse(code, out language);

    /// <summary>The language of a code this service wrote; anything else is a bug, not input.</summary>
    public static Language Parse(string code) =>
        TryParse(code, out var language) ? language : throw new FormatException($"'{code}' is not a language code ({Listed}).");

    /// <summary>"en, fr or zh", for messages.</summary>
    public static string Listed => EnumNames<Language>.Listed;
}
