using System.CommandLine;
using System.Text;
using System.Text.Json;
using Contradictions.Claims;
using Contradictions.Drafting;
using Contradictions.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Contradictions.Cli.Commands;

/// <summary>
/// <c>contradictions draft &lt;article&gt;... --lexicon &lt;file&gt; [--published &lt;date&gt;] [--output &lt;file&gt;]</c>:
/// drafts claims from article texts with the rule-based drafter and writes them as one claim-set file (each claim
/// marked as a draft, the mentions no claim was made of under <c>unplaced</c>). One source per article: its id is
/// the file's name; its title, publisher, date and URL come from the options, else from a sidecar
/// <c>&lt;article&gt;.source.json</c> beside it, and the source names the article as its text, so that loading the
/// drafts checks every quote against it.
/// </summary>
internal static class DraftCommand
{
    // Bigger texts are refused rather than read into memory whole (as the mentions command does).
    private const long MaxBytes = 256L * 1024 * 1024;

    public static Command Create(CliConsole console, IServiceProvider services)
    {
        var articles = new Argument<string[]>("articles") { Description = "UTF-8 text files, one article each.", Arity = ArgumentArity.OneOrMore };
        var lexicon = new Option<string>("--lexicon") { Description = "A claim-set file with the vocabulary and lexicon to draft with.", Required = true };
        var published = new Option<string?>("--published") { Description = "When the articles were published (yyyy-MM-dd, yyyy-MM or yyyy), unless a sidecar says." };
        var title = new Option<string?>("--title") { Description = "The articles' title, unless a sidecar says (default: the file name)." };
        var publisher = new Option<string?>("--publisher") { Description = "Who published the articles." };
        var url = new Option<string?>("--url") { Description = "Where the article can be read (an absolute http(s) URL)." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the drafts to this file instead of standard output." };
        var command = new Command("draft", "Draft claims from article texts for review: times, quantities, attributions and office holders, placed by a lexicon.")
        {
            articles, lexicon, published, title, publisher, url, output,
        };
        command.SetAction(parsed => Run(
            console,
            services.GetRequiredService<ClaimSetLoader>(),
            parsed.GetValue(articles)!,
            parsed.GetValue(lexicon)!,
            new SourceDefaults(parsed.GetValue(published), parsed.GetValue(title), parsed.GetValue(publisher), parsed.GetValue(url)),
            parsed.GetValue(output)));
        return command;
    }

    private sealed record SourceDefaults(string? Published, string? Title, string? Publisher, string? Url);

    private static int Run(CliConsole console, ClaimSetLoader loader, string[] paths, string lexiconPath, SourceDefaults defaults, string? output)
    {
        var lexiconFile = loader.LoadFiles([lexiconPath]);
        if (!lexiconFile.Success)
        {
            ErrorPrinter.Print(lexiconFile.Errors, console.Error);
            return ExitCodes.InvalidInput;
        }

        if (lexiconFile.ClaimSet.Lexicon.IsEmpty)
        {
            console.Error.WriteLine(Reporting.TerminalText.Safe($"note: {lexiconPath} has no lexicon section: every mention will be listed as unplaced (docs/drafting.md)."));
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(output ?? "drafts.json"))!;
        var articles = new List<Article>();
        var failed = false;
        foreach (var path in paths)
        {
            if (Read(console, path, defaults, folder) is { } article)
            {
                if (articles.Any(a => a.Source.Id == article.Source.Id))
                {
                    console.Error.WriteLine(Reporting.TerminalText.Safe($"error: {path}: another article has the source id '{article.Source.Id}'; rename one, or give ids in sidecars."));
                    failed = true;
                    continue;
                }

                articles.Add(article);
            }
            else
            {
                failed = true;
            }
        }

        if (failed)
        {
            return ExitCodes.InvalidInput;
        }

        var set = lexiconFile.ClaimSet;
        var drafts = new RuleBasedClaimDrafter(set.Vocabulary, set.Lexicon).Draft(articles);
        try
        {
            if (output is null)
            {
                using var buffer = new MemoryStream();
                ClaimSetWriter.Write(drafts, buffer);
                console.Output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
            }
            else
            {
                using var stream = File.Create(output);
                ClaimSetWriter.Write(drafts, stream);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(Reporting.TerminalText.Safe($"error: cannot write {output}: {e.Message}"));
            return ExitCodes.InvalidInput;
        }

        console.Error.WriteLine($"drafted {Checking.ClaimPhrases.Count(drafts.Claims.Claims.Length, "claim")} from {Checking.ClaimPhrases.Count(articles.Count, "article")}; {Checking.ClaimPhrases.Count(drafts.Unplaced.Length, "mention")} unplaced.");
        return ExitCodes.Success;
    }

    private static Article? Read(CliConsole console, string path, SourceDefaults defaults, string outputFolder)
    {
        string text;
        SourceFields sidecar;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxBytes)
            {
                console.Error.WriteLine(Reporting.TerminalText.Safe($"error: {path} is {length:N0} bytes; at most {MaxBytes:N0} are read."));
                return null;
            }

            text = new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
            var sidecarPath = path + ".source.json";
            sidecar = File.Exists(sidecarPath) ? SourceFields.Read(sidecarPath, File.ReadAllBytes(sidecarPath)) : new SourceFields();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or JsonException or InvalidDataException)
        {
            var why = e is DecoderFallbackException ? "it is not valid UTF-8" : e.Message;
            console.Error.WriteLine(Reporting.TerminalText.Safe($"error: cannot read {path}: {why}"));
            return null;
        }

        var published = defaults.Published ?? sidecar.Published;
        if (published is null)
        {
            console.Error.WriteLine(Reporting.TerminalText.Safe($"error: {path}: no publication date; give --published or \"published\" in {path}.source.json."));
            return null;
        }

        var link = defaults.Url ?? sidecar.Url;
        Uri? url = null;
        if (link is not null && !Uri.TryCreate(link, UriKind.Absolute, out url))
        {
            console.Error.WriteLine(Reporting.TerminalText.Safe($"error: {path}: '{link}' is not an absolute http(s) URL."));
            return null;
        }

        var id = sidecar.Id ?? Id(path);
        var errors = new ClaimSetBuilder()
            .AddSource(id, defaults.Title ?? sidecar.Title ?? Path.GetFileName(path), published, defaults.Publisher ?? sidecar.Publisher, url)
            .Build();
        if (errors.ClaimSet?.Sources.FirstOrDefault() is not { } source)
        {
            ErrorPrinter.Print(errors.Errors, console.Error);
            return null;
        }

        var relative = Path.GetRelativePath(outputFolder, Path.GetFullPath(path)).Replace('\\', '/');
        return new Article(source.WithText(relative), text);
    }

    /// <summary>A source id from a file name: its words, lower-cased and joined by hyphens (<c>a2.txt</c> → <c>a2</c>).</summary>
    private static string Id(string path) => Ids.FromWords(Path.GetFileNameWithoutExtension(path)) is { Length: > 0 } id ? id : "article";

    /// <summary>The fields of a sidecar <c>&lt;article&gt;.source.json</c>: id, title, publisher, published, url — all optional strings.</summary>
    private sealed class SourceFields
    {
        public string? Id { get; private init; }

        public string? Title { get; private init; }

        public string? Publisher { get; private init; }

        public string? Published { get; private init; }

        public string? Url { get; private init; }

        public static SourceFields Read(string path, byte[] utf8)
        {
            using var document = JsonDocument.Parse(utf8);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{path} is not a JSON object.");
            }

            string? Field(string name)
            {
                if (!document.RootElement.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    return null;
                }

                return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new InvalidDataException($"{path}: \"{name}\" is not a string.");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name is not ("id" or "title" or "publisher" or "published" or "url"))
                {
                    throw new InvalidDataException($"{path}: unknown field \"{property.Name}\"; a sidecar has id, title, publisher, published and url.");
                }
            }

            return new SourceFields { Id = Field("id"), Title = Field("title"), Publisher = Field("publisher"), Published = Field("published"), Url = Field("url") };
        }
    }
}
