using System.Xml.Linq;
using Library.Iso18626;

namespace Library.Tests.Iso18626;

public sealed class Iso18626WriterTests
{
    [Theory]
    [MemberData(nameof(Iso18626Samples.Indexes), MemberType = typeof(Iso18626Samples))]
    public void Every_message_written_is_valid_against_the_ISO_18626_schema(int index) =>
        Iso18626Schema.AssertValid(Iso18626Writer.Write(Iso18626Samples.All().ElementAt(index)));

    [Theory]
    [MemberData(nameof(Iso18626Samples.Indexes), MemberType = typeof(Iso18626Samples))]
    public void Every_message_written_reads_back_as_itself(int index)
    {
        var written = Iso18626Writer.Write(Iso18626Samples.All().ElementAt(index));

        var reading = Iso18626Reader.Read(written);

        Assert.Null(reading.Refusal);
        Assert.Equal(written, Iso18626Writer.Write(reading.Message!));
    }

    [Fact]
    public void A_request_reads_back_with_every_field()
    {
        var request = Assert.IsType<Request>(Iso18626Reader.Read(Iso18626Writer.Write(Iso18626Samples.FullRequest())).Message);

        Assert.Equal(Iso18626Samples.Header(), request.Header);
        Assert.Equal(["ISBN:9780151446476", "ISSN:0028-0836"], request.BibliographicInfo.BibliographicItemIds.Select(i => $"{i.Code}:{i.Identifier}"));
        Assert.Equal(Iso18626Samples.FullRequest().BibliographicInfo with { BibliographicItemIds = request.BibliographicInfo.BibliographicItemIds },
            request.BibliographicInfo);
        Assert.Equal(Iso18626Samples.FullRequest().ServiceInfo, request.ServiceInfo);
        Assert.Equal(Iso18626Samples.FullRequest().PublicationInfo, request.PublicationInfo);
        Assert.Equal("ill@nlc.example", request.RequestedDeliveryEmail);
        Assert.Equal(Iso18626Samples.FullRequest().PatronInfo, request.PatronInfo);
    }

    [Fact]
    public void A_supplying_agency_message_reads_back_with_every_field()
    {
        var sent = Iso18626Samples.FullSupplyingAgencyMessage();

        var read = Iso18626Reader.Read(Iso18626Writer.Write(sent)).Message;

        Assert.Equal(sent, read);
    }

    [Fact]
    public void The_wrapper_carries_the_version_attribute_in_the_ISO_namespace_and_times_are_UTC()
    {
        var local = new DateTime(2026, 12, 1, 11, 30, 0, DateTimeKind.Local);
        var message = Iso18626Samples.SmallestSupplyingAgencyMessage() with
        {
            StatusInfo = new StatusInfo(SupplyingAgencyStatus.WillSupply, local.ToUniversalTime()),
        };

        var root = XDocument.Parse(Iso18626Writer.Write(message)).Root!;

        XNamespace ns = Iso18626Xml.Namespace;
        Assert.Equal(ns + "ISO18626Message", root.Name);
        Assert.Equal("1.2", (string?)root.Attribute(ns + "version"));
        var lastChange = root.Descendants(ns + "lastChange").Single().Value;
        Assert.EndsWith("Z", lastChange);
        Assert.Equal(local.ToUniversalTime(), DateTime.Parse(lastChange, null, System.Globalization.DateTimeStyles.AdjustToUniversal));
    }

    [Theory]
    [InlineData("ill:version=\"1.2\"", "version=\"1.2\"")]
    [InlineData("<multipleItemRequestId />", "")]
    [InlineData("xmlns=\"http://illtransactions.org/2013/iso18626\"", "xmlns=\"urn:other\"")]
    public void The_schema_check_itself_fails_on_what_the_schema_forbids(string written, string altered)
    {
        var xml = Iso18626Writer.Write(Iso18626Samples.SmallestSupplyingAgencyMessage());
        Assert.Contains(written, xml);

        Assert.NotEmpty(Iso18626Schema.Problems(xml.Replace(written, altered)));
    }

    [Fact]
    public void An_answer_yes_or_no_is_written_Y_or_N()
    {
        var yes = Iso18626Writer.Write(Iso18626Samples.FullSupplyingAgencyMessage());
        var none = Iso18626Writer.Write(Iso18626Samples.SmallestSupplyingAgencyMessage());

        Assert.Contains("<answerYesNo>Y</answerYesNo>", yes);
        Assert.DoesNotContain("answerYesNo", none);
    }
}
