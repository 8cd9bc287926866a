namespace Library.Digitization;

public sealed class RequestedPart
{
    public string? Title { get; set; }
    public string? Author { get; set; }
    public string? Pages { get; set; }
}
