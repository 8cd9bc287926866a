using System.Text;
using System.Xml;

namespace Library.Iso18626;

/// <summary>
/// Writes a message as ISO 18626 v1.2 XML: wrapped in <c>ISO18626Message</c>, elements in the schema's order, times in
/// UTC. The schema qualifies attributes (attributeFormDefault="qualified"), so <c>version</c> carries the namespace's
/// prefix. Valid against the schema as long as what the schema requires is given (a header's supplying agency, a service
/// info's service type).
/// </summary>
public static class Iso18626Writer
{
    private const string Prefix = "ill";

    public static string Write(Iso18626Message message)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("", "ISO18626Message", Iso18626Xml.Namespace);
            xml.WriteAttributeString("xmlns", Prefix, null, Iso18626Xml.Namespace);
            xml.WriteAttributeString(Prefix, "version", Iso18626Xml.Namespace, Iso18626Xml.Version);
            var writer = new Elements(xml);
            switch (message)
            {
                case Request request: writer.Request(request); break;
                case RequestingAgencyMessage agencyMessage: writer.RequestingAgencyMessage(agencyMessage); break;
                case SupplyingAgencyMessage agencyMessage: writer.SupplyingAgencyMessage(agencyMessage); break;
                case RequestConfirmation confirmation: writer.RequestConfirmation(confirmation); break;
                case RequestingAgencyMessageConfirmation confirmation: writer.RequestingAgencyMessageConfirmation(confirmation); break;
                case SupplyingAgencyMessageConfirmation confirmation: writer.SupplyingAgencyMessageConfirmation(confirmation); break;
                default: throw new ArgumentException($"{message.GetType().Name} is not an ISO 18626 message.", nameof(message));
            }
            xml.WriteEndElement();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Write(SupplyingAgencyMessage message) => Write((Iso18626Message)message);
    public static string Write(RequestConfirmation confirmation) => Write((Iso18626Message)confirmation);
    public static string Write(RequestingAgencyMessageConfirmation confirmation) => Write((Iso18626Message)confirmation);
    public static string Write(SupplyingAgencyMessageConfirmation confirmation) => Write((Iso18626Message)confirmation);

    private sealed class Elements(XmlWriter xml)
    {
        public void Request(Request request) => Element("request", () =>
        {
            Header(request.Header);
            var bibliographic = request.BibliographicInfo;
            Element("bibliographicInfo", () =>
            {
                Text("supplierUniqueRecordId", bibliographic.SupplierUniqueRecordId);
                Text("title", bibliographic.Title);
                Text("author", bibliographic.Author);
                Text("volume", bibliographic.Volume);
                Text("issue", bibliographic.Issue);
                Text("pagesRequested", bibliographic.PagesRequested);
                foreach (var id in bibliographic.BibliographicItemIds)
                    Element("bibliographicItemId", () =>
                    {
                        Text("bibliographicItemIdentifier", id.Identifier);
                        Text("bibliographicItemIdentifierCode", id.Code);
                    });
            });
            if (request.PublicationInfo is { } publication)
                Element("publicationInfo", () =>
                {
                    Text("publisher", publication.Publisher);
                    Text("publicationType", publication.PublicationType);
                    Text("publicationDate", publication.PublicationDate);
                    Text("placeOfPublication", publication.PlaceOfPublication);
                });
            if (request.ServiceInfo is { } service)
                Element("serviceInfo", () =>
                {
                    Text("requestType", service.RequestType?.ToString());
                    Text("serviceType", service.ServiceType?.ToString());
                    Date("needBeforeDate", service.NeedBeforeDate);
                    Text("note", service.Note);
                });
            if (request.RequestedDeliveryEmail is { } deliveryEmail)
                Element("requestedDeliveryInfo", () => EmailAddress(deliveryEmail));
            if (request.PatronInfo is { } patron)
                Element("patronInfo", () =>
                {
                    Text("patronId", patron.PatronId);
                    Text("surname", patron.Surname);
                    Text("givenName", patron.GivenName);
                    if (patron.Email is { } email)
                        EmailAddress(email);
                });
        });

        public void RequestingAgencyMessage(RequestingAgencyMessage message) => Element("requestingAgencyMessage", () =>
        {
            Header(message.Header);
            Text("action", message.Action.ToString());
            Text("note", message.Note);
        });

        public void SupplyingAgencyMessage(SupplyingAgencyMessage message) => Element("supplyingAgencyMessage", () =>
        {
            Header(message.Header);
            var info = message.MessageInfo;
            Element("messageInfo", () =>
            {
                Text("reasonForMessage", info.ReasonForMessage.ToString());
                Text("answerYesNo", info.AnswerYesNo switch { true => "Y", false => "N", null => null });
                Text("note", info.Note);
                Text("reasonUnfilled", info.ReasonUnfilled);
            });
            var status = message.StatusInfo;
            Element("statusInfo", () =>
            {
                Text("status", status.Status.ToString());
                Date("expectedDeliveryDate", status.ExpectedDeliveryDate);
                Date("dueDate", status.DueDate);
                Date("lastChange", status.LastChange);
            });
            if (message.DeliveryInfo is { } delivery)
                Element("deliveryInfo", () =>
                {
                    Date("dateSent", delivery.DateSent);
                    Text("itemId", delivery.ItemId);
                    Text("sentVia", delivery.SentVia);
                    Text("loanCondition", delivery.LoanCondition);
                });
        });

        public void RequestConfirmation(RequestConfirmation confirmation) => Element("requestConfirmation", () =>
        {
            ConfirmationHeader(confirmation.ConfirmationHeader);
            ErrorData(confirmation.ErrorData);
        });

        public void RequestingAgencyMessageConfirmation(RequestingAgencyMessageConfirmation confirmation) =>
            Element("requestingAgencyMessageConfirmation", () =>
            {
                ConfirmationHeader(confirmation.ConfirmationHeader);
                Text("action", confirmation.Action?.ToString());
                ErrorData(confirmation.ErrorData);
            });

        public void SupplyingAgencyMessageConfirmation(SupplyingAgencyMessageConfirmation confirmation) =>
            Element("supplyingAgencyMessageConfirmation", () =>
            {
                ConfirmationHeader(confirmation.ConfirmationHeader);
                Text("reasonForMessage", confirmation.ReasonForMessage?.ToString());
                ErrorData(confirmation.ErrorData);
            });

        private void Header(Header header) => Element("header", () =>
        {
            AgencyId("supplyingAgencyId", header.SupplyingAgencyId);
            AgencyId("requestingAgencyId", header.RequestingAgencyId);
            // Required by the schema even when the request is not part of a multiple-item request: then it is empty.
            Text("multipleItemRequestId", header.MultipleItemRequestId ?? "");
            Date("timestamp", header.Timestamp);
            Text("requestingAgencyRequestId", header.RequestingAgencyRequestId);
            Text("supplyingAgencyRequestId", header.SupplyingAgencyRequestId);
            if (header.RequestingAgencyAuthentication is { } authentication)
                Element("requestingAgencyAuthentication", () =>
                {
                    Text("accountId", authentication.AccountId);
                    Text("securityCode", authentication.SecurityCode);
                });
        });

        private void ConfirmationHeader(ConfirmationHeader header) => Element("confirmationHeader", () =>
        {
            AgencyId("supplyingAgencyId", header.SupplyingAgencyId);
            AgencyId("requestingAgencyId", header.RequestingAgencyId);
            Date("timestamp", header.Timestamp);
            Text("requestingAgencyRequestId", header.RequestingAgencyRequestId);
            Text("multipleItemRequestId", header.MultipleItemRequestId);
            Date("timestampReceived", header.TimestampReceived);
            Text("messageStatus", header.MessageStatus.Written());
        });

        private void ErrorData(ErrorData? error)
        {
            if (error is null)
                return;
            Element("errorData", () =>
            {
                Text("errorType", error.ErrorType.ToString());
                Text("errorValue", error.ErrorValue);
            });
        }

        private void AgencyId(string name, IsoAgencyId? id)
        {
            if (id is null)
                return;
            Element(name, () =>
            {
                Text("agencyIdType", id.Type);
                Text("agencyIdValue", id.Value);
            });
        }

        private void EmailAddress(string email) => Element("address", () => Element("electronicAddress", () =>
        {
            Text("electronicAddressType", "email");
            Text("electronicAddressData", email);
        }));

        private void Date(string name, DateTime? at) => Text(name, at is { } value ? IsoDateTime.Format(value) : null);

        private void Text(string name, string? value)
        {
            if (value is not null)
                xml.WriteElementString("", name, Iso18626Xml.Namespace, value);
        }

        private void Element(string name, Action content)
        {
            xml.WriteStartElement("", name, Iso18626Xml.Namespace);
            content();
            xml.WriteEndElement();
        }
    }
}
