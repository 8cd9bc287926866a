namespace Library.Digitization;

/// <summary>
/// "Filter by this Record" (Alma: Digitization Processing, Approval Requests List): the requests for the same record
/// as one request, by the same MMS id, the same ISBN (ISBN-10 or ISBN-13), or the same ISSN with the same volume and
/// issue; items of that ISSN and volume with no issue, and of that ISSN with neither volume nor issue, are returned too.
/// The request itself is always among them, even when it names no identifier.
/// </summary>
public sealed record SameRecord(Guid RequestId, string? MmsId, string? Isbn13, string? Issn, string? Volume, string? Issue)
{
    public static SameRecord As(DigitizationRequest request) =>
        new(request.Id, request.Item.MmsId, request.Item.Isbn13, request.Item.Issn, request.Item.Volume, request.Item.Issue);

    public IQueryable<DigitizationRequest> Apply(IQueryable<DigitizationRequest> requests)
    {
        var (id, mmsId, isbn13, issn, volume, issue) = this;
        return requests.Where(r => r.Id == id
            || (mmsId != null && r.Item.MmsId == mmsId)
            || (isbn13 != null && r.Item.Isbn13 == isbn13)
            || (issn != null && r.Item.Issn == issn && (
                (r.Item.Volume == volume && (r.Item.Issue == issue || r.Item.Issue == null))
                || (r.Item.Volume == null && r.Item.Issue == null))));
    }
}
