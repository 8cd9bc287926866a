namespace Library.Lending;

/// <summary>
/// An e-mail to the partner, kept on the request for later reference (Alma: Managing Resource Sharing Lending Requests,
/// "Communicating with partners").
/// </summary>
public sealed class PartnerCommunication
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public required string Sender { get; set; }
    public DateTime At { get; set; }
}
