using Library.Rules;

namespace Library.Digitization;

public sealed class Requester
{
    public required string Id { get; set; }
    public required string Email { get; set; }
    public required string UserGroup { get; set; }
    public RequesterType Type { get; set; }
}
