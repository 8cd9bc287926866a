using Library.Languages;
using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>The partner as the request recorded it; <see cref="Language"/> is that of its letters, null when the request predates partner languages.</summary>
public sealed record LendingPartnerView(string Code, string Name, string? Email, PartnerProfileType ProfileType, PartnerProfileView Profile, Language? Language);
