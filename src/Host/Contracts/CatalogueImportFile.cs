using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using FluentValidation;
using Library.Host.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Library.Host.Contracts;

/// <summary>One item of an import file: its row (from 1, the CSV header not counted), barcode and fields.</summary>
public sealed record ImportedItem(int Row, string Barcode, CatalogueItemBody Item);

/// <summary>
/// The file <c>POST /api/items/import</c> takes: CSV with a header row naming the columns, or JSON, a list of items or
/// <c>{ "items": [...] }</c> as in <c>seed-data/item-catalogue.json</c>; the fields are those of an item. The first bad
/// row refuses the whole file, naming the row and the field.
/// </summary>
public static class CatalogueImportFile
{
    public static readonly IReadOnlyList<string> Columns = ["barcode", "title", "author", "isbn", "issn", "library", "location", "materialType", "mmsId", "volume", "issue"];
    private static readonly string[] Required = ["barcode", "title", "library", "location"];

    public static async Task<(List<ImportedItem> Items, ProblemHttpResult? Problem)> ReadAsync(
        IFormFile file, IValidator<CatalogueItemBody> validator, CancellationToken ct)
    {
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        var type = file.ContentType ?? "";
        var isCsv = extension == ".csv" || type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase);
        var isJson = extension == ".json" || type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);
        if (!isCsv && !isJson) return ([], ApiProblems.UnsupportedMediaType($"'{file.FileName}' ({type})", "a .csv or .json file of items"));

        await using var content = file.OpenReadStream();
        var (rows, problem) = isCsv ? ReadCsv(content) : await ReadJsonAsync(content, ct);
        if (problem is not null) return ([], problem);

        var items = new List<ImportedItem>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (row, barcode, item) in rows)
        {
            if (CatalogueItemBodyValidator.BarcodeProblem(barcode) is { } bad) return ([], Refused(row, "barcode", bad));
            if (seen.TryGetValue(barcode!, out var first)) return ([], Refused(row, "barcode", $"barcode {barcode} is on row {first} already."));
            seen[barcode!] = row;
            var result = await validator.ValidateAsync(item, ct);
            if (!result.IsValid) return ([], Refused(row, result.Errors[0].PropertyName, result.Errors[0].ErrorMessage, barcode));
            items.Add(new ImportedItem(row, barcode!, item));
        }
        return items.Count == 0 ? ([], ApiProblems.Invalid("file", $"'{file.FileName}' has no items.")) : (items, null);
    }

    private static ProblemHttpResult Refused(int row, string field, string message, string? barcode = null) =>
        ApiProblems.Invalid($"items[{row - 1}].{field}", $"Row {row}{(barcode is null ? "" : $" (barcode {barcode})")}: {message} Nothing was imported.");

    private static (List<(int, string?, CatalogueItemBody)>, ProblemHttpResult?) ReadCsv(Stream content)
    {
        var rows = new List<(int, string?, CatalogueItemBody)>();
        // Malformed quoting refuses the file rather than being read as some other value.
        using var csv = CsvReader.Create(content, new CsvReaderOptions { MalformedData = CsvMalformedDataHandling.Throw, TrimWhitespace = true }, true);
        try
        {
            csv.ReadHeader();
            var header = csv.Headers.Select(h => h.Trim()).ToArray();
            if (header.Length == 0) return (rows, ApiProblems.Invalid("file", "The CSV file is empty: it needs a header row naming the columns."));
            if (header.FirstOrDefault(h => !Columns.Contains(h, StringComparer.OrdinalIgnoreCase)) is { } unknown)
                return (rows, ApiProblems.Invalid("file", $"Unknown column '{unknown}'; the columns are {string.Join(", ", Columns)}."));
            if (Required.FirstOrDefault(r => !header.Contains(r, StringComparer.OrdinalIgnoreCase)) is { } missing)
                return (rows, ApiProblems.Invalid("file", $"The CSV file has no '{missing}' column; {string.Join(", ", Required)} are required."));
            var index = Columns.ToDictionary(c => c, c => Array.FindIndex(header, h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase)));
            string? Field(string name) => index[name] is var i and >= 0 ? csv.GetStringOrNull(i) : null;
            while (csv.Read())
                rows.Add((rows.Count + 1, Field("barcode"),
                    new CatalogueItemBody(Field("title")!, Field("author"), Field("isbn"), Field("issn"), Field("library")!, Field("location")!, Field("materialType"),
                    Field("mmsId"), Field("volume"), Field("issue"))));
        }
        catch (CsvFormatException e)
        {
            return (rows, Refused(rows.Count + 1, "item", $"the row cannot be read as CSV: {e.Message}"));
        }
        return (rows, null);
    }

    private static async Task<(List<(int, string?, CatalogueItemBody)>, ProblemHttpResult?)> ReadJsonAsync(Stream content, CancellationToken ct)
    {
        var rows = new List<(int, string?, CatalogueItemBody)>();
        JsonNode? root;
        try
        {
            root = await JsonNode.ParseAsync(content, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            return (rows, ApiProblems.Invalid("file", $"The file is not JSON: {e.Message}"));
        }
        if ((root is JsonObject o ? o["items"] : root) is not JsonArray list)
            return (rows, ApiProblems.Invalid("file", "The JSON file must be a list of items, or an object whose \"items\" is that list."));
        foreach (var node in list)
        {
            var row = rows.Count + 1;
            if (node is not JsonObject item) return (rows, Refused(row, "item", "an item must be a JSON object."));
            try
            {
                rows.Add((row, item["barcode"]?.GetValue<string>(), item.Deserialize<CatalogueItemBody>(JsonSerializerOptions.Web)!));
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
            {
                return (rows, Refused(row, "item", $"the item cannot be read: {e.Message}"));
            }
        }
        return (rows, null);
    }
}
