namespace Library.ResourceSharing;

/// <summary>A partner's postal address: free text of a few lines, as a shipping label carries it.</summary>
public static class PartnerAddress
{
    public const int MaxLength = 1000;
}
