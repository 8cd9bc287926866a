using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Bench;

/// <summary>Collects the figures of one run, prints them as one table and writes them as JSON.</summary>
public sealed class Report(BenchOptions options)
{
    private readonly List<Figure> _figures = [];

    public void Add(string key, double value, string unit, string note = "")
    {
        _figures.Add(new Figure(key, value, unit, note));
        Console.WriteLine($"  {key} = {Format(value)} {unit} {note}".TrimEnd());
    }

    /// <summary>Writes the figures with their units and notes, for the bench process that started this one.</summary>
    public Task HandOverAsync(string path) => File.WriteAllTextAsync(path, JsonSerializer.Serialize(_figures));

    /// <summary>Adds the figures a bench process of its own handed over.</summary>
    public async Task TakeOverAsync(string path)
    {
        foreach (var figure in JsonSerializer.Deserialize<List<Figure>>(await File.ReadAllTextAsync(path))!)
            Add(figure.Key, figure.Value, figure.Unit, figure.Note);
    }

    public double this[string key] => _figures.Last(f => f.Key == key).Value;

    public bool Has(string key) => _figures.Any(f => f.Key == key);

    public async Task RunAsync(string name, Func<Task> measurement)
    {
        if (!options.Runs(name.Split(' ')[0])) return;
        Console.WriteLine($"- {name}");
        var watch = Stopwatch.StartNew();
        await measurement();
        Console.WriteLine($"  ({watch.Elapsed.TotalSeconds:F1} s)");
    }

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine($"{"figure",-40} {"value",12}  unit");
        Console.WriteLine(new string('-', 70));
        foreach (var (key, value, unit, _) in _figures)
            Console.WriteLine($"{key,-40} {Format(value),12}  {unit}");
    }

    public async Task WriteAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var document = new Dictionary<string, object>
        {
            ["machine"] = new { cores = Environment.ProcessorCount, os = Environment.OSVersion.ToString(), dotnet = Environment.Version.ToString() },
            ["mode"] = options.Quick ? "quick" : "full",
            ["at"] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
        foreach (var (key, value, _, _) in _figures) document[key] = Math.Round(value, 3);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"written: {path}");
    }

    private sealed record Figure(string Key, double Value, string Unit, string Note);

    private static string Format(double value) => value >= 100 ? value.ToString("F0", CultureInfo.InvariantCulture) : value.ToString("F2", CultureInfo.InvariantCulture);
}
