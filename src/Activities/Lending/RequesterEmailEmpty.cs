using System.Linq.Expressions;

namespace Library.Lending;

/// <summary>
/// The alert "Requester Email Empty" (Alma: Managing Resource Sharing Lending Requests, "Digital requests for partners
/// without an e-mail address"): a digital request that came in without the requester's e-mail address is taken, shows
/// this alert, and cannot be shipped digitally. Unlike the alerts of child workflows (<see cref="LendingAlert"/>) it
/// is a fact of the request itself, so it is read from the request, not stored, and cannot be dismissed.
/// </summary>
public static class RequesterEmailEmpty
{
    public const string Message = "Requester Email Empty";

    public static readonly Expression<Func<LendingRequest, bool>> Applies =
        r => r.RequestedFormat == RequestedFormat.Digital && r.RequesterEmail == null;

    private static readonly Func<LendingRequest, bool> AppliesTo = Applies.Compile();

    public static bool AppliesToRequest(LendingRequest request) => AppliesTo(request);
}
