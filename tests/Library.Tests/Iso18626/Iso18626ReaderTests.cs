using Library.Iso18626;

namespace Library.Tests.Iso18626;

/// <summary>Messages as real partners send them: not always schema-valid, and read as long as they can be understood.</summary>
public sealed class Iso18626ReaderTests
{
    private const string Ns = "http://illtransactions.org/2013/iso18626";

    private static string Header(string timestamp = "2026-12-01T10:00:00Z", string supplying = "<supplyingAgencyId><agencyIdType>ISIL</agencyIdType><agencyIdValue>XX-LIB</agencyIdValue></supplyingAgencyId>") =>
        $"""
         <header>
           {supplying}
           <requestingAgencyId><agencyIdType>ISIL</agencyIdType><agencyIdValue>XX-NLC01</agencyIdValue></requestingAgencyId>
           <multipleItemRequestId/>
           <timestamp>{timestamp}</timestamp>
           <requestingAgencyRequestId>NLC-1</requestingAgencyRequestId>
         </header>
         """;

    private static Iso18626Reading Read(string xml) => Iso18626Reader.Read(xml);

    [Fact]
    public void A_request_without_the_wrapper_is_read()
    {
        var request = Assert.IsType<Request>(Read($"""
            <request xmlns="{Ns}">{Header()}<bibliographicInfo><title>Dubliners</title></bibliographicInfo></request>
            """).Message);

        Assert.Equal("Dubliners", request.BibliographicInfo.Title);
        Assert.Equal(IsoAgencyId.Parse("ISIL:XX-NLC01"), request.Header.RequestingAgencyId);
        Assert.Equal("NLC-1", request.Header.RequestingAgencyRequestId);
    }

    [Fact]
    public void Elements_out_of_order_unknown_elements_and_empty_optional_elements_are_accepted()
    {
        var request = Assert.IsType<Request>(Read($"""
            <ISO18626Message xmlns="{Ns}" version="1.2">
              <request>
                <serviceInfo>
                  <note>For a course</note>
                  <needBeforeDate></needBeforeDate>
                  <serviceType>Copy</serviceType>
                  <requestType> </requestType>
                  <courseCode>ENG-101</courseCode>
                </serviceInfo>
                <bibliographicInfo>
                  <bibliographicItemId>
                    <bibliographicItemIdentifierCode scheme="x">ISBN</bibliographicItemIdentifierCode>
                    <bibliographicItemIdentifier>9780140186475</bibliographicItemIdentifier>
                  </bibliographicItemId>
                  <title>Dubliners</title>
                  <supplierUniqueRecordId/>
                  <localField xmlns="urn:partner">ignored</localField>
                </bibliographicInfo>
                {Header(supplying: "<supplyingAgencyId><agencyIdType/><agencyIdValue/></supplyingAgencyId>")}
                <patronInfo/>
              </request>
            </ISO18626Message>
            """).Message);

        Assert.Equal(new ServiceInfo(null, ServiceType.Copy, null, "For a course"), request.ServiceInfo);
        Assert.Null(request.BibliographicInfo.SupplierUniqueRecordId);
        Assert.Equal("9780140186475", Assert.Single(request.BibliographicInfo.BibliographicItemIds).Identifier);
        Assert.Null(request.Header.SupplyingAgencyId);
        Assert.Equal(new PatronInfo(), request.PatronInfo);
    }

    [Theory]
    [InlineData("2026-12-01T10:00:00Z", "2026-12-01T10:00:00")]
    [InlineData("2026-12-01T10:00:00+0000", "2026-12-01T10:00:00")]
    [InlineData("2026-12-01T11:00:00+0100", "2026-12-01T10:00:00")]
    [InlineData("2026-12-01T10:00:00+00:00", "2026-12-01T10:00:00")]
    [InlineData("2026-12-01T05:00:00-05:00", "2026-12-01T10:00:00")]
    [InlineData("2026-12-01T10:00:00.250Z", "2026-12-01T10:00:00.25")]
    [InlineData("2026-12-01T10:00:00", "2026-12-01T10:00:00")]
    [InlineData("2026-12-01T10:00Z", "2026-12-01T10:00:00")]
    [InlineData("2026-12-01", "2026-12-01T00:00:00")]
    public void Timestamps_are_read_in_the_forms_partners_send_as_UTC(string sent, string utc)
    {
        var message = Assert.IsType<RequestingAgencyMessage>(Read($"""
            <requestingAgencyMessage xmlns="{Ns}">{Header(sent)}<action>Received</action></requestingAgencyMessage>
            """).Message);

        Assert.Equal(DateTime.Parse(utc), message.Header.Timestamp);
        Assert.Equal(DateTimeKind.Utc, message.Header.Timestamp.Kind);
    }

    [Fact]
    public void Enumerations_are_matched_without_regard_to_case()
    {
        var message = Assert.IsType<RequestingAgencyMessage>(Read($"""
            <requestingAgencyMessage xmlns="{Ns}">{Header()}<action>shippedreturn</action><note> Sent by post </note></requestingAgencyMessage>
            """).Message);

        Assert.Equal(RequestingAgencyAction.ShippedReturn, message.Action);
        Assert.Equal("Sent by post", message.Note);
    }

    [Fact]
    public void A_partners_error_confirmation_gives_its_status_and_error()
    {
        var confirmation = Assert.IsType<SupplyingAgencyMessageConfirmation>(Read($"""
            <ISO18626Message xmlns:ill="{Ns}" ill:version="1.2" xmlns="{Ns}">
              <supplyingAgencyMessageConfirmation>
                <confirmationHeader>
                  <timestamp>2026-12-01T10:00:01+0000</timestamp>
                  <timestampReceived>2026-12-01T10:00:00+0000</timestampReceived>
                  <messageStatus>ERROR</messageStatus>
                </confirmationHeader>
                <errorData><errorType>UnrecognisedDataValue</errorType><errorValue>requestingAgencyRequestId</errorValue></errorData>
              </supplyingAgencyMessageConfirmation>
            </ISO18626Message>
            """).Message);

        Assert.Equal(MessageStatus.Error, confirmation.ConfirmationHeader.MessageStatus);
        Assert.Equal(new ErrorData(ErrorType.UnrecognisedDataValue, "requestingAgencyRequestId"), confirmation.ErrorData);
        Assert.Null(confirmation.ReasonForMessage);
    }

    [Fact]
    public void An_unknown_action_is_refused_as_unsupported_with_what_could_be_read()
    {
        var refusal = Read($"""
            <requestingAgencyMessage xmlns="{Ns}">{Header()}<action>Lose</action></requestingAgencyMessage>
            """).Refusal!;

        Assert.Equal(ErrorType.UnsupportedActionType, refusal.ErrorType);
        Assert.Equal("action: 'Lose'", refusal.ErrorValue);
        Assert.Equal(Iso18626MessageKind.RequestingAgencyMessage, refusal.Kind);
        Assert.Equal("NLC-1", refusal.Header!.RequestingAgencyRequestId);
    }

    [Fact]
    public void An_unknown_service_type_is_an_unrecognised_data_value()
    {
        var refusal = Read($"""
            <request xmlns="{Ns}">{Header()}<bibliographicInfo><title>T</title></bibliographicInfo><serviceInfo><serviceType>Scan</serviceType></serviceInfo></request>
            """).Refusal!;

        Assert.Equal(new Iso18626Refusal(ErrorType.UnrecognisedDataValue, "serviceType: 'Scan'", Iso18626MessageKind.Request, refusal.Header), refusal);
        Assert.NotNull(refusal.Header);
    }

    [Fact]
    public void A_date_that_is_no_date_is_an_unrecognised_data_value()
    {
        var refusal = Read($"""
            <request xmlns="{Ns}">{Header()}<bibliographicInfo/><serviceInfo><needBeforeDate>soon</needBeforeDate></serviceInfo></request>
            """).Refusal!;

        Assert.Equal(ErrorType.UnrecognisedDataValue, refusal.ErrorType);
        Assert.Equal("needBeforeDate: 'soon' is not a date", refusal.ErrorValue);
    }

    [Theory]
    [InlineData("<request xmlns=\"" + Ns + "\"><bibliographicInfo/></request>", "request/header is missing")]
    [InlineData("<request xmlns=\"" + Ns + "\"><header><timestamp>2026-12-01T10:00:00Z</timestamp><requestingAgencyRequestId>1</requestingAgencyRequestId></header><bibliographicInfo/></request>",
        "header/requestingAgencyId is missing")]
    [InlineData("<requestingAgencyMessage xmlns=\"" + Ns + "\"><header><requestingAgencyId><agencyIdType>ISIL</agencyIdType><agencyIdValue>X</agencyIdValue></requestingAgencyId><timestamp>2026-12-01T10:00:00Z</timestamp></header><action>Cancel</action></requestingAgencyMessage>",
        "header/requestingAgencyRequestId is missing")]
    [InlineData("<ISO18626Message xmlns=\"" + Ns + "\" version=\"1.2\"/>", "ISO18626Message must hold exactly one message")]
    public void Missing_required_data_is_a_badly_formed_message(string xml, string errorValue)
    {
        var refusal = Read(xml).Refusal!;

        Assert.Equal(ErrorType.BadlyFormedMessage, refusal.ErrorType);
        Assert.Equal(errorValue, refusal.ErrorValue);
    }

    [Fact]
    public void An_element_that_is_no_ISO_message_is_an_unrecognised_data_element()
    {
        var refusal = Read($"<lendingRequest xmlns=\"{Ns}\"/>").Refusal!;

        Assert.Equal(ErrorType.UnrecognisedDataElement, refusal.ErrorType);
    }

    [Theory]
    [InlineData("ISIL:XX-LIB", "ISIL", "XX-LIB")]
    [InlineData("RESHARE:NET:LIB", "RESHARE", "NET:LIB")]
    public void An_agency_symbol_is_its_type_and_value(string symbol, string type, string value)
    {
        var id = IsoAgencyId.Parse(symbol);

        Assert.Equal((type, value), (id.Type, id.Value));
        Assert.Equal(symbol, id.ToString());
        Assert.Equal(IsoAgencyId.Parse(symbol.ToLowerInvariant()), id);
    }

    [Theory]
    [InlineData("XX-LIB")]
    [InlineData(":XX-LIB")]
    [InlineData("ISIL:")]
    [InlineData("")]
    public void A_symbol_without_type_or_value_is_no_agency_id(string symbol) =>
        Assert.False(IsoAgencyId.TryParse(symbol, out _));
}
