namespace Library.ResourceSharing;

/// <summary>The languages a partner's letters can be written in: those the reference documentation exists in.</summary>
public static class PartnerLanguages
{
    public static readonly IReadOnlyList<string> All = ["en", "fr", "zh"];
}
