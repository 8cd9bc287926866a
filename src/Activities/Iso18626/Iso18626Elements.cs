using System.Xml.Linq;

namespace Library.Iso18626;

/// <summary>
/// Turns the elements of one ISO 18626 message into its record. Children are found by name wherever they stand; text that
/// is empty or blank counts as absent; enumerations are matched without regard to case.
/// </summary>
internal static class Iso18626Elements
{
    private static readonly XNamespace Ns = Iso18626Xml.Namespace;

    public static Iso18626Reading Message(Iso18626MessageKind kind, XElement element)
    {
        Header? header = null;
        try
        {
            if (kind is Iso18626MessageKind.Request or Iso18626MessageKind.RequestingAgencyMessage
                or Iso18626MessageKind.SupplyingAgencyMessage)
                header = Header(Required(element, "header"));
            return Iso18626Reading.Of(kind switch
            {
                Iso18626MessageKind.Request => Request(element, header!),
                Iso18626MessageKind.RequestingAgencyMessage => new RequestingAgencyMessage(
                    header!, RequiredEnum<RequestingAgencyAction>(element, "action", ErrorType.UnsupportedActionType),
                    Text(element, "note")),
                Iso18626MessageKind.SupplyingAgencyMessage => SupplyingAgencyMessage(element, header!),
                Iso18626MessageKind.RequestConfirmation => new RequestConfirmation(
                    ConfirmationHeader(Required(element, "confirmationHeader")), ErrorData(element)),
                Iso18626MessageKind.RequestingAgencyMessageConfirmation => new RequestingAgencyMessageConfirmation(
                    ConfirmationHeader(Required(element, "confirmationHeader")),
                    Enum<RequestingAgencyAction>(element, "action", ErrorType.UnsupportedActionType), ErrorData(element)),
                _ => new SupplyingAgencyMessageConfirmation(
                    ConfirmationHeader(Required(element, "confirmationHeader")),
                    Enum<ReasonForMessage>(element, "reasonForMessage", ErrorType.UnsupportedReasonForMessageType),
                    ErrorData(element)),
            });
        }
        catch (Refused refused)
        {
            return Iso18626Reading.Refused(new(refused.ErrorType, refused.Message, kind, header));
        }
    }

    private static Request Request(XElement element, Header header)
    {
        var bibliographic = Required(element, "bibliographicInfo");
        var service = Child(element, "serviceInfo");
        var publication = Child(element, "publicationInfo");
        var patron = Child(element, "patronInfo");
        return new Request(
            header,
            new BibliographicInfo(
                Text(bibliographic, "supplierUniqueRecordId"), Text(bibliographic, "title"), Text(bibliographic, "author"),
                Text(bibliographic, "volume"), Text(bibliographic, "issue"), Text(bibliographic, "pagesRequested"),
                bibliographic.Elements(Ns + "bibliographicItemId")
                    .Select(id => (Code: Text(id, "bibliographicItemIdentifierCode"), Identifier: Text(id, "bibliographicItemIdentifier")))
                    .Where(id => id is { Code: not null, Identifier: not null })
                    .Select(id => new BibliographicItemId(id.Code!, id.Identifier!))
                    .ToList()),
            publication is null
                ? null
                : new PublicationInfo(Text(publication, "publisher"), Text(publication, "publicationType"),
                    Text(publication, "publicationDate"), Text(publication, "placeOfPublication")),
            service is null
                ? null
                : new ServiceInfo(Enum<RequestType>(service, "requestType"), Enum<ServiceType>(service, "serviceType"),
                    Date(service, "needBeforeDate"), Text(service, "note")),
            element.Elements(Ns + "requestedDeliveryInfo").Select(Email).FirstOrDefault(e => e is not null),
            patron is null
                ? null
                : new PatronInfo(Text(patron, "patronId"), Text(patron, "surname"), Text(patron, "givenName"), Email(patron)));
    }

    private static SupplyingAgencyMessage SupplyingAgencyMessage(XElement element, Header header)
    {
        var messageInfo = Required(element, "messageInfo");
        var statusInfo = Required(element, "statusInfo");
        var deliveryInfo = Child(element, "deliveryInfo");
        return new SupplyingAgencyMessage(
            header,
            new MessageInfo(
                RequiredEnum<ReasonForMessage>(messageInfo, "reasonForMessage", ErrorType.UnsupportedReasonForMessageType),
                YesNo(messageInfo, "answerYesNo"), Text(messageInfo, "note"), Text(messageInfo, "reasonUnfilled")),
            new StatusInfo(
                RequiredEnum<SupplyingAgencyStatus>(statusInfo, "status"), RequiredDate(statusInfo, "lastChange"),
                Date(statusInfo, "expectedDeliveryDate"), Date(statusInfo, "dueDate")),
            deliveryInfo is null
                ? null
                : new DeliveryInfo(RequiredDate(deliveryInfo, "dateSent"), Text(deliveryInfo, "itemId"),
                    Text(deliveryInfo, "sentVia"), Text(deliveryInfo, "loanCondition")));
    }

    private static Header Header(XElement header)
    {
        var authentication = Child(header, "requestingAgencyAuthentication");
        return new Header(
            AgencyId(header, "supplyingAgencyId"),
            AgencyId(header, "requestingAgencyId") ?? throw Missing("header", "requestingAgencyId"),
            RequiredDate(header, "timestamp"),
            Text(header, "requestingAgencyRequestId") ?? throw Missing("header", "requestingAgencyRequestId"),
            Text(header, "supplyingAgencyRequestId"),
            Text(header, "multipleItemRequestId"),
            authentication is null
                ? null
                : new RequestingAgencyAuthentication(Text(authentication, "accountId"), Text(authentication, "securityCode")));
    }

    private static ConfirmationHeader ConfirmationHeader(XElement header) => new(
        AgencyId(header, "supplyingAgencyId"),
        AgencyId(header, "requestingAgencyId"),
        RequiredDate(header, "timestamp"),
        Text(header, "requestingAgencyRequestId"),
        RequiredDate(header, "timestampReceived"),
        Text(header, "messageStatus")?.ToUpperInvariant() switch
        {
            "OK" => MessageStatus.Ok,
            "ERROR" => MessageStatus.Error,
            null => throw Missing("confirmationHeader", "messageStatus"),
            var other => throw new Refused(ErrorType.UnrecognisedDataValue, $"messageStatus: {Quoted(other)}"),
        },
        Text(header, "multipleItemRequestId"));

    private static ErrorData? ErrorData(XElement element) =>
        Child(element, "errorData") is { } data
            ? new ErrorData(RequiredEnum<ErrorType>(data, "errorType"), Text(data, "errorValue"))
            : null;

    /// <summary>An agency id with a blank type or value is as if absent: brokers send empty supplying agencies.</summary>
    private static IsoAgencyId? AgencyId(XElement parent, string name)
    {
        var id = Child(parent, name);
        var type = id is null ? null : Text(id, "agencyIdType");
        var value = id is null ? null : Text(id, "agencyIdValue");
        return type is null || value is null ? null : new IsoAgencyId(type, value);
    }

    /// <summary>The e-mail among an element's addresses: an electronic address of type email, or any that looks like one.</summary>
    private static string? Email(XElement parent) =>
        parent.Elements(Ns + "address")
            .Select(a => Child(a, "electronicAddress"))
            .Where(a => a is not null)
            .Select(a => (Type: Text(a!, "electronicAddressType"), Data: Text(a!, "electronicAddressData")))
            .Where(a => a.Data is not null
                        && (string.Equals(a.Type, "email", StringComparison.OrdinalIgnoreCase) || a.Data.Contains('@')))
            .Select(a => a.Data)
            .FirstOrDefault();

    private static XElement? Child(XElement parent, string name) => parent.Element(Ns + name);

    private static XElement Required(XElement parent, string name) =>
        Child(parent, name) ?? throw Missing(parent.Name.LocalName, name);

    private static string? Text(XElement parent, string name) =>
        Child(parent, name) is { } child && !string.IsNullOrWhiteSpace(child.Value) ? child.Value.Trim() : null;

    private static DateTime? Date(XElement parent, string name) =>
        Text(parent, name) is not { } text ? null
        : IsoDateTime.TryParse(text, out var at) ? at
        : throw new Refused(ErrorType.UnrecognisedDataValue, $"{name}: {Quoted(text)} is not a date");

    private static DateTime RequiredDate(XElement parent, string name) =>
        Date(parent, name) ?? throw Missing(parent.Name.LocalName, name);

    private static bool? YesNo(XElement parent, string name) => Text(parent, name)?.ToUpperInvariant() switch
    {
        null => null,
        "Y" => true,
        "N" => false,
        var other => throw new Refused(ErrorType.UnrecognisedDataValue, $"{name}: {Quoted(other)}"),
    };

    private static T? Enum<T>(XElement parent, string name, ErrorType unknown = ErrorType.UnrecognisedDataValue)
        where T : struct, Enum
    {
        if (Text(parent, name) is not { } text)
            return null;
        var match = System.Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return match is null ? throw new Refused(unknown, $"{name}: {Quoted(text)}") : System.Enum.Parse<T>(match);
    }

    private static T RequiredEnum<T>(XElement parent, string name, ErrorType unknown = ErrorType.UnrecognisedDataValue)
        where T : struct, Enum =>
        Enum<T>(parent, name, unknown) ?? throw Missing(parent.Name.LocalName, name);

    /// <summary>The partner's value in an error value, cut short: it is echoed back and recorded.</summary>
    private static string Quoted(string value) => value.Length <= 80 ? $"'{value}'" : $"'{value[..80]}…'";

    private static Refused Missing(string parent, string name) =>
        new(ErrorType.BadlyFormedMessage, $"{parent}/{name} is missing");

    /// <summary>Ends reading at the first thing that cannot be understood.</summary>
    private sealed class Refused(ErrorType errorType, string value) : Exception(value)
    {
        public ErrorType ErrorType { get; } = errorType;
    }
}
