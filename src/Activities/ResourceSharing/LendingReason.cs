namespace Library.ResourceSharing;

/// <summary>One entry of a <see cref="LendingReasonList"/>, at its place in the list.</summary>
public sealed class LendingReason
{
    public int Id { get; set; }
    public LendingReasonList List { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
}
