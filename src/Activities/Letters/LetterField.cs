namespace Library.Letters;

/// <summary>A value a letter's template can print, by its Liquid name (<c>request.title</c>), and what it holds.</summary>
public sealed record LetterField(string Name, string Description);
