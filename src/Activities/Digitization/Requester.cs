using Library.Languages;
using Library.Rules;

namespace Library.Digitization;

public sealed class Requester
{
    public required string Id { get; set; }

    /// <summary>The name staff know the requester by; requests from before names were kept have none.</summary>
    public string? Name { get; set; }

    public required string Email { get; set; }
    public required string UserGroup { get; set; }
    public RequesterType Type { get; set; }

    /// <summary>The language of the requester's letters: theirs, or the institution's when the request named none.</summary>
    public Language Language { get; set; }
}
