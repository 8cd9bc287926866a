using System.Xml;
using System.Xml.Linq;

namespace Library.Iso18626;

/// <summary>
/// Reads an ISO 18626 message as partners send it: with or without the <c>ISO18626Message</c> wrapper, elements in any
/// order, unknown elements ignored, empty optional elements as absent. What cannot be understood is refused with the
/// standard's error type. DTDs are refused, never processed, so no entity is expanded and nothing outside is fetched.
/// </summary>
public static class Iso18626Reader
{
    public static Iso18626Reading Read(string xml)
    {
        if (xml.Length > Iso18626Xml.MaxCharacters)
            return TooLarge();
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings(async: false));
            return Parse(XDocument.Load(reader));
        }
        catch (XmlException e)
        {
            return NotXml(e);
        }
    }

    public static async Task<Iso18626Reading> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            using var reader = XmlReader.Create(body, Settings(async: true));
            return Parse(await XDocument.LoadAsync(reader, LoadOptions.None, cancellationToken));
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            return TooLarge();
        }
        catch (XmlException e)
        {
            return NotXml(e);
        }
    }

    private static XmlReaderSettings Settings(bool async) => new()
    {
        Async = async,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = Iso18626Xml.MaxCharacters,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private static Iso18626Reading Parse(XDocument document)
    {
        var root = document.Root!;
        if (root.Name.NamespaceName != Iso18626Xml.Namespace)
            return Refuse(ErrorType.BadlyFormedMessage,
                $"{root.Name.LocalName} is not in the ISO 18626 namespace {Iso18626Xml.Namespace}");

        var message = root;
        if (root.Name.LocalName == "ISO18626Message")
        {
            var inside = root.Elements().Where(e => e.Name.NamespaceName == Iso18626Xml.Namespace).ToList();
            if (inside.Count != 1)
                return Refuse(ErrorType.BadlyFormedMessage, "ISO18626Message must hold exactly one message");
            message = inside[0];
        }

        if (!Enum.TryParse<Iso18626MessageKind>(message.Name.LocalName, ignoreCase: true, out var kind))
            return Refuse(ErrorType.UnrecognisedDataElement, $"{message.Name.LocalName} is not an ISO 18626 message");
        return Iso18626Elements.Message(kind, message);
    }

    private static Iso18626Reading TooLarge() =>
        Refuse(ErrorType.BadlyFormedMessage, $"message over {Iso18626Xml.MaxCharacters} characters");

    private static Iso18626Reading NotXml(XmlException e) =>
        Refuse(ErrorType.BadlyFormedMessage, $"not well-formed XML: {e.Message}");

    private static Iso18626Reading Refuse(ErrorType type, string value) => Iso18626Reading.Refused(new(type, value));
}
