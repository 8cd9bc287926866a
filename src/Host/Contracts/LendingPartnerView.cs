using Library.Lending;

namespace Library.Host.Contracts;

public sealed record LendingPartnerView(string Code, string Name, string? Email, PartnerProfileType ProfileType, PartnerProfileView Profile);
