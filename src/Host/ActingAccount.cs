namespace Library.Host;

/// <summary>
/// Who performs an API call, recorded on every history entry. Until staff accounts exist it is what the caller
/// states in the <c>X-Acting-Account</c> header.
/// </summary>
public static class ActingAccount
{
    public const string Header = "X-Acting-Account";
    public const string Unidentified = "unidentified";

    public static string Of(HttpContext http, string fallback = Unidentified) =>
        http.Request.Headers[Header].ToString() is { Length: > 0 and <= 200 } account ? account : fallback;
}
