namespace Library.Accounts;

/// <summary>A role an account holds, with the departments, libraries or desks it is scoped to; an empty scope is the institution.</summary>
public sealed class RoleGrant
{
    public StaffRole Role { get; set; }
    public List<string> Scope { get; set; } = [];

    /// <summary>Whether the grant covers <paramref name="place"/>: an institution-wide grant covers every place.</summary>
    public bool Covers(string place) => Scope.Count == 0 || Scope.Contains(place, StringComparer.OrdinalIgnoreCase);
}
