namespace Library.Letters;

/// <summary>A letter's template could not be parsed or rendered, so the letter cannot be written.</summary>
public sealed class LetterTemplateException(string message) : Exception(message);
