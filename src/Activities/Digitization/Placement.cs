using Library.Rules;

namespace Library.Digitization;

/// <summary>The answer of <see cref="DigitizationRequests.PlaceAsync"/>.</summary>
public abstract record Placement
{
    private Placement() { }

    /// <summary>Stored, and its workflow started.</summary>
    public sealed record Placed(DigitizationRequest Request) : Placement;

    /// <summary>The library's policy refused it; nothing is stored.</summary>
    public sealed record Refused(PolicyDecision.Refused Decision) : Placement;

    /// <summary>The inventory asked for does not exist (<paramref name="Reason"/> names it); nothing is stored.</summary>
    public sealed record NoInventory(string Reason) : Placement;

    /// <summary>
    /// Other placements for the same requester committed first every time it was tried; nothing is stored, and the
    /// caller may send it again. <paramref name="Reason"/> is a sentence for the librarian.
    /// </summary>
    public sealed record Contended(string Reason) : Placement;
}
