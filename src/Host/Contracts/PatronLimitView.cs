using Library.Patrons;

namespace Library.Host.Contracts;

public sealed record PatronLimitView(string UserGroup, int? MaxDigitizationRequests)
{
    public static PatronLimitView Of(PatronLimit l) => new(l.UserGroup, l.MaxDigitizationRequests);
}
