namespace Library.Letters;

/// <summary>
/// One letter of the letter list (Alma: Configuring Digitization, "Letters": General &gt; Letters &gt; Letter
/// Configuration): its code, as the API and the template files name it, its name, whom it goes to and the fields its
/// template can print.
/// </summary>
public sealed record LetterKind(string Code, string Name, LetterRecipient Recipient, IReadOnlyList<LetterField> Fields);
