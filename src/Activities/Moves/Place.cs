namespace Library.Moves;

/// <summary>Where an item is or goes: a shelving location (library and location) or a desk (circulation desk or department).</summary>
public sealed record Place(string? Library, string? Location, string? Desk)
{
    public static Place Shelf(string library, string location) => new(library, location, null);

    public static Place AtDesk(string desk) => new(null, null, desk);

    /// <summary>
    /// How a scan names the place in a bookmark key. A desk code has no '/', a shelving location always has one,
    /// so the two never collide.
    /// </summary>
    public string Key => Desk ?? $"{Library}/{Location}";

    public override string ToString() => Desk is null ? $"{Library}/{Location}" : $"desk {Desk}";
}
