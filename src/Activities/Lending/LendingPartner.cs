namespace Library.Lending;

/// <summary>The borrowing library, as it was when the request came in.</summary>
public sealed class LendingPartner
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Email { get; set; }
    public PartnerProfileType ProfileType { get; set; }
    public required PartnerWorkflowProfile Profile { get; set; }
}
