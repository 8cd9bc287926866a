namespace Library.Patrons;

/// <summary>
/// How many digitization requests one patron of a user group may have open at once (Alma: Configuring Digitization,
/// "Patron Limits", Max Digitization Requests). 0: the group may not request digitization; null, or no row: no limit.
/// </summary>
public sealed class PatronLimit
{
    public required string UserGroup { get; set; }
    public int? MaxDigitizationRequests { get; set; }

    public bool ForbidsRequests => MaxDigitizationRequests == 0;
}
