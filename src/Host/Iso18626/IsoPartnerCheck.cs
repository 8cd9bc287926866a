using System.Security.Cryptography;
using System.Text;
using Library.Iso18626;
using Library.Lending;
using Library.Persistence;
using Library.ResourceSharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Library.Host.Iso18626;

/// <summary>
/// Who sent a message, as its header says: the registered partner whose ISO symbol is the requesting agency, holding the
/// partner's shared secret in requestingAgencyAuthentication/securityCode when it has one, and addressed to this
/// institution (<see cref="LendingSettings.IsoSymbol"/>) or to no supplying agency at all, as brokers send.
/// </summary>
public sealed class IsoPartnerCheck(LibraryDbContext db, IOptions<LendingSettings> settings)
{
    public IsoAgencyId? OwnSymbol => settings.Value.IsoSymbol is { } symbol ? IsoAgencyId.Parse(symbol) : null;

    /// <summary>The partner, or the error that refuses the message.</summary>
    public async Task<(ResourceSharingPartner? Partner, ErrorData? Error)> IdentifyAsync(Header header, CancellationToken ct)
    {
        var partners = await db.Partners.AsNoTracking().Where(p => p.IsoSymbol != null).ToListAsync(ct);
        var partner = partners.FirstOrDefault(p => IsoAgencyId.TryParse(p.IsoSymbol, out var symbol) && symbol == header.RequestingAgencyId);
        if (partner is null)
            return Refused($"requestingAgencyId: {header.RequestingAgencyId} is not a registered partner");
        if (partner.SharedSecret is { } secret && !Same(secret, header.RequestingAgencyAuthentication?.SecurityCode))
            return Refused($"requestingAgencyAuthentication/securityCode: not the shared secret of {header.RequestingAgencyId}");
        if (header.SupplyingAgencyId is { } addressee && OwnSymbol is { } own && addressee != own)
            return Refused($"supplyingAgencyId: {addressee} is not this agency ({own})");
        return (partner, null);
    }

    private static (ResourceSharingPartner?, ErrorData?) Refused(string why) => (null, new ErrorData(ErrorType.UnrecognisedDataValue, why));

    private static bool Same(string secret, string? sent) =>
        sent is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(sent));
}
