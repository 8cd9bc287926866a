namespace Library.Repository;

/// <summary>Alma's representation usage types.</summary>
public static class UsageTypes
{
    public static readonly IReadOnlyList<string> All = ["Primary", "Derivative"];
}
