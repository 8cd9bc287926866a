using System.Text;
using Library.Iso18626;

namespace Library.Tests.Iso18626;

/// <summary>XML meant to hurt the reader is refused as badly formed, and nothing in it is expanded or fetched.</summary>
public sealed class Iso18626HostileXmlTests
{
    private const string Ns = "http://illtransactions.org/2013/iso18626";

    private static string RequestTitled(string title) => $"""
        <request xmlns="{Ns}">
          <header>
            <requestingAgencyId><agencyIdType>ISIL</agencyIdType><agencyIdValue>XX-NLC01</agencyIdValue></requestingAgencyId>
            <timestamp>2026-12-01T10:00:00Z</timestamp>
            <requestingAgencyRequestId>NLC-1</requestingAgencyRequestId>
          </header>
          <bibliographicInfo><title>{title}</title></bibliographicInfo>
        </request>
        """;

    private static void AssertBadlyFormed(Iso18626Reading reading, string mustNotContain = "")
    {
        Assert.Null(reading.Message);
        Assert.Equal(ErrorType.BadlyFormedMessage, reading.Refusal!.ErrorType);
        if (mustNotContain != "")
            Assert.DoesNotContain(mustNotContain, reading.Refusal.ErrorValue);
    }

    [Fact]
    public void A_doctype_with_an_internal_entity_is_refused_unexpanded() =>
        AssertBadlyFormed(Iso18626Reader.Read("<!DOCTYPE request [<!ENTITY t \"EXPANDED\">]>" + RequestTitled("&t;")), "EXPANDED");

    [Fact]
    public void A_billion_laughs_is_refused()
    {
        var entities = new StringBuilder("<!ENTITY l0 \"lol\">");
        for (var i = 1; i <= 9; i++)
            entities.Append($"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">");

        AssertBadlyFormed(Iso18626Reader.Read($"<!DOCTYPE request [{entities}]>" + RequestTitled("&l9;")), "lollol");
    }

    [Fact]
    public void An_external_entity_naming_a_file_is_refused_without_reading_it()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        try
        {
            var xml = $"<!DOCTYPE request [<!ENTITY x SYSTEM \"file://{secret}\">]>" + RequestTitled("&x;");

            AssertBadlyFormed(Iso18626Reader.Read(xml), "TOP-SECRET");
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void A_ten_megabyte_message_is_refused()
    {
        var reading = Iso18626Reader.Read(RequestTitled(new string('a', 10_000_000)));

        AssertBadlyFormed(reading);
        Assert.Equal("message over 1000000 characters", reading.Refusal!.ErrorValue);
    }

    [Fact]
    public async Task A_ten_megabyte_stream_is_refused_without_reading_it_all()
    {
        var body = new CountingStream(Encoding.UTF8.GetBytes(RequestTitled(new string('a', 10_000_000))));

        var reading = await Iso18626Reader.ReadAsync(body, CancellationToken.None);

        AssertBadlyFormed(reading);
        Assert.Equal("message over 1000000 characters", reading.Refusal!.ErrorValue);
        // The parser reads ahead in blocks; what matters is that it stops near the limit, far short of 10 MB.
        Assert.True(body.Taken < 4_000_000, $"{body.Taken} bytes read");
    }

    [Fact]
    public async Task A_message_just_under_the_limit_is_read()
    {
        var title = new string('a', Iso18626Xml.MaxCharacters - 1_000);

        var reading = await Iso18626Reader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(RequestTitled(title))), CancellationToken.None);

        Assert.Equal(title, Assert.IsType<Request>(reading.Message).BibliographicInfo.Title);
    }

    [Theory]
    [InlineData("<request xmlns=\"http://illtransactions.org/2013/iso18626/wrong\"/>")]
    [InlineData("<request/>")]
    [InlineData("<ISO18626Message version=\"1.2\"><request/></ISO18626Message>")]
    [InlineData("not xml at all")]
    [InlineData("{\"request\": {}}")]
    [InlineData("")]
    [InlineData("<request xmlns=\"" + Ns + "\">")]
    public void What_is_not_ISO_18626_XML_is_badly_formed(string xml) =>
        AssertBadlyFormed(Iso18626Reader.Read(xml));

    /// <summary>A stream that counts the bytes taken from it.</summary>
    private sealed class CountingStream(byte[] content) : MemoryStream(content)
    {
        public long Taken { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Counted(base.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(base.Read(buffer));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        private int Counted(int read)
        {
            Taken += read;
            return read;
        }
    }
}
