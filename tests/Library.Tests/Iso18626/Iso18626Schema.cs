using System.Xml;
using System.Xml.Schema;

namespace Library.Tests.Iso18626;

/// <summary>The official ISO 18626 v1.2 schema (Schema/README.md says where it comes from), failing on any error or warning.</summary>
public static class Iso18626Schema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        set.Add(null, Path.Combine(AppContext.BaseDirectory, "Iso18626", "Schema", "ISO-18626-v1_2.xsd"));
        set.Compile();
        return set;
    });

    /// <summary>Every error and warning validation reports; empty when the XML is valid.</summary>
    public static IReadOnlyList<string> Problems(string xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Schemas.Value,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
        };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} at {e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }
        return problems;
    }

    public static void AssertValid(string xml) =>
        Assert.True(Problems(xml).Count == 0, string.Join("\n", Problems(xml)) + "\n" + xml);
}
