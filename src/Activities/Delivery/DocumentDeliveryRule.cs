namespace Library.Delivery;

/// <summary>
/// An electronic document delivery rule (Alma: Configuring Digitization, "Electronic Document Delivery Rules"):
/// its one input parameter is "User Group In List" and its output is true, so it lets the listed user groups receive
/// digitized files by e-mail or link.
/// </summary>
public sealed class DocumentDeliveryRule
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public bool Enabled { get; set; } = true;
    public List<string> UserGroups { get; set; } = [];

    public bool Grants(string userGroup) => Enabled && UserGroups.Contains(userGroup, StringComparer.OrdinalIgnoreCase);

    /// <summary>A user group may receive document delivery when an enabled rule lists it.</summary>
    public static bool AnyGrants(IEnumerable<DocumentDeliveryRule> rules, string userGroup) => rules.Any(r => r.Grants(userGroup));
}
