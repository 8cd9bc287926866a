namespace Library.Accounts;

/// <summary>A role an account holds, with the departments, libraries or desks it is scoped to; an empty scope is the institution.</summary>
public sealed class RoleGrant
{
    public StaffRole Role { get; set; }
    public List<string> Scope { get; set; } = [];

    /// <summary>
    /// Whether the grant covers <paramref name="place"/>: an institution-wide grant covers every place; a scope entry
    /// covers its own code, and a library code also covers a shelving location of that library (<c>MAIN/CIRC</c>).
    /// </summary>
    public bool Covers(string place) =>
        Scope.Count == 0 || Scope.Any(s => string.Equals(s, place, StringComparison.OrdinalIgnoreCase)
                                           || place.StartsWith(s + "/", StringComparison.OrdinalIgnoreCase));
}
