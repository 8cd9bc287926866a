namespace Library.Letters;

/// <summary>Whom a letter is written to, which says what kind of request it is composed from.</summary>
public enum LetterRecipient
{
    /// <summary>The patron of a digitization request.</summary>
    Requester,

    /// <summary>The borrowing library of a lending request.</summary>
    Partner,
}
