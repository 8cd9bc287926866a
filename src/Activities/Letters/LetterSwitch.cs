namespace Library.Letters;

/// <summary>
/// Whether a letter is sent, in every language (Alma: Configuring Digitization, "Letters": the Enable toggle of the
/// letter list). A letter without one is enabled, as every letter was before letters could be disabled.
/// </summary>
public sealed class LetterSwitch
{
    public required string Code { get; set; }
    public bool Enabled { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}
