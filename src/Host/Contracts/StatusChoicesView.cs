using Library.Digitization;

namespace Library.Host.Contracts;

/// <summary>The request's status and the statuses staff may set on its Edit page now (see <see cref="StatusChange"/>).</summary>
public sealed record StatusChoicesView(DigitizationStatus Status, IReadOnlyList<DigitizationStatus> Allowed);
