namespace Library.Iso18626;

/// <summary>What <see cref="Iso18626Reader"/> made of a message: the message, or the refusal saying why not.</summary>
public sealed record Iso18626Reading
{
    private Iso18626Reading(Iso18626Message? message, Iso18626Refusal? refusal) => (Message, Refusal) = (message, refusal);

    public Iso18626Message? Message { get; }
    public Iso18626Refusal? Refusal { get; }

    public static Iso18626Reading Of(Iso18626Message message) => new(message, null);
    public static Iso18626Reading Refused(Iso18626Refusal refusal) => new(null, refusal);
}
