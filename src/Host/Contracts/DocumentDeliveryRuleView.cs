using Library.Delivery;

namespace Library.Host.Contracts;

public sealed record DocumentDeliveryRuleView(int Id, string Name, string Description, bool Enabled, IReadOnlyList<string> UserGroups)
{
    public static DocumentDeliveryRuleView Of(DocumentDeliveryRule r) => new(r.Id, r.Name, r.Description, r.Enabled, r.UserGroups);
}
