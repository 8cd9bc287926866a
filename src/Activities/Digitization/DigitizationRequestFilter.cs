using Library.Rules;

namespace Library.Digitization;

/// <summary>
/// The facets of the in-process items list (Alma: Managing Digitization Requests) and its Find box (<see cref="RequestSearch"/>);
/// a null facet does not filter.
/// </summary>
public sealed record DigitizationRequestFilter(
    DigitizationStatus? Status = null, string? Department = null, string? Barcode = null, DigitizationScope? Scope = null, DigitizationTarget? Target = null,
    string? Search = null)
{
    public IQueryable<DigitizationRequest> Apply(IQueryable<DigitizationRequest> requests)
    {
        if (Status is { } status) requests = requests.Where(r => r.Status == status);
        if (Department is not null) requests = requests.Where(r => r.Department == Department);
        if (Barcode is not null) requests = requests.Where(r => r.Item.Barcode == Barcode);
        if (Scope is { } scope) requests = requests.Where(r => r.Scope == scope);
        if (Target is { } target) requests = requests.Where(r => r.Routing.Target == target);
        return Searched(requests, Search);
    }

    /// <summary>The requests whose search text holds the folded <paramref name="search"/>; all of them for a blank one.</summary>
    public static IQueryable<DigitizationRequest> Searched(IQueryable<DigitizationRequest> requests, string? search)
    {
        var folded = search is null ? "" : RequestSearch.Fold(search);
        return folded.Length == 0 ? requests : requests.Where(r => r.SearchText.Contains(folded));
    }
}
