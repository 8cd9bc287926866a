namespace Library.Digitization;

/// <summary>
/// The reasons staff choose from when cancelling a request. Alma: Digitization Processing ("Confirm Request
/// Cancellation") has a drop-down list whose entries Ex Libris Support customizes per institution and lists none, so
/// there is no verbatim list to offer: the reason is free text.
/// </summary>
public static class CancellationReasons
{
    public static readonly IReadOnlyList<string> All = [];
}
