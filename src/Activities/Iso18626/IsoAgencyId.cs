namespace Library.Iso18626;

/// <summary>
/// An agency (library) as ISO 18626 names it: a type such as ISIL or a network's own, and the value within it; written
/// <c>ISIL:XX-LIB</c> in settings. Symbols compare without regard to case, since partners differ in how they spell them.
/// </summary>
public sealed record IsoAgencyId
{
    public IsoAgencyId(string type, string value)
    {
        if (string.IsNullOrWhiteSpace(type) || string.IsNullOrWhiteSpace(value))
            throw new ArgumentException("An agency id needs both a type and a value.");
        Type = type.Trim();
        Value = value.Trim();
    }

    public string Type { get; }
    public string Value { get; }

    /// <summary>Reads <c>TYPE:VALUE</c>, split at the first colon.</summary>
    public static IsoAgencyId Parse(string symbol) =>
        TryParse(symbol, out var id) ? id : throw new FormatException($"'{symbol}' is not an agency symbol of the form TYPE:VALUE.");

    public static bool TryParse(string? symbol, out IsoAgencyId id)
    {
        id = null!;
        var colon = symbol?.IndexOf(':') ?? -1;
        if (colon <= 0 || string.IsNullOrWhiteSpace(symbol![..colon]) || string.IsNullOrWhiteSpace(symbol[(colon + 1)..]))
            return false;
        id = new IsoAgencyId(symbol[..colon], symbol[(colon + 1)..]);
        return true;
    }

    public bool Equals(IsoAgencyId? other) =>
        other is not null
        && string.Equals(Type, other.Type, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() =>
        HashCode.Combine(Type.ToUpperInvariant(), Value.ToUpperInvariant());

    public override string ToString() => $"{Type}:{Value}";
}
