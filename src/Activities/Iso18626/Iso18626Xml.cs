namespace Library.Iso18626;

/// <summary>The namespace and version ISO 18626:2017 messages are written in.</summary>
public static class Iso18626Xml
{
    public const string Namespace = "http://illtransactions.org/2013/iso18626";

    /// <summary>The schema version of the 2017 revision, the <c>version</c> attribute of <c>ISO18626Message</c>.</summary>
    public const string Version = "1.2";

    /// <summary>Messages larger than this many characters are refused unread.</summary>
    public const int MaxCharacters = 1_000_000;
}
