using System.Globalization;

namespace Contradictions.Serialization;

/// <summary>
/// Loads claim sets in the JSON format <c>contradictions/claim-set@1</c> (see <c>docs/claim-set-format.md</c>):
/// reads, validates and resolves one or more documents into one <see cref="Claims.ClaimSet"/>.
/// </summary>
/// <remarks>
/// Loading never throws for bad input: every problem — malformed JSON, wrong types, unknown references, duplicate ids,
/// impossible dates, unresolvable expressions — comes back in <see cref="ClaimSetLoadResult.Errors"/> with its file and
/// JSON path. Instances are safe to share between threads.
/// </remarks>
public sealed class ClaimSetLoader
{
    private const string StandardInputName = "(standard input)";
    private readonly ContradictionOptions options;

    /// <summary>Creates a loader with the given options, or the defaults.</summary>
    public ClaimSetLoader(ContradictionOptions? options = null)
    {
        this.options = (options ?? new ContradictionOptions()).ValidatedSnapshot(nameof(options));
    }

    /// <summary>Loads and merges claim-set documents.</summary>
    /// <param name="inputs">The documents; their sources, vocabularies and claims are merged into one set.</param>
    /// <param name="skipInvalidClaims">When <c>true</c>, a claim with errors is left out and listed in <see cref="ClaimSetLoadResult.SkippedClaims"/>, and the rest still load.</param>
    /// <param name="cancellationToken">Cancels loading.</param>
    public ClaimSetLoadResult Load(IEnumerable<ClaimSetInput> inputs, bool skipInvalidClaims = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Load(inputs, [], skipInvalidClaims, null, cancellationToken);
    }

    private ClaimSetLoadResult Load(IEnumerable<ClaimSetInput> inputs, List<ClaimSetError> errors, bool skipInvalidClaims, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        var documents = new List<ClaimSetFile>();
        var skippedFiles = new List<string>();
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (input.Utf8Json.Length > options.Limits.MaxFileBytes)
            {
                errors.Add(TooLarge(input.Name, input.Utf8Json.Length));
                continue;
            }

            var found = new List<ClaimSetError>();
            var document = ClaimSetFile.Read(input.Name, input.Utf8Json, found, options.Limits, options.MaxDegreeOfParallelism);
            if (input.FoundInDirectory && (IsOtherContradictionsFormat(document?.DeclaredFormat) || document is { IsUnrelated: true }))
            {
                // Files of other kinds beside the claim files: expected diagnostics are known and skipped quietly,
                // other JSON is named in the result.
                if (document is { IsUnrelated: true })
                {
                    skippedFiles.Add(input.Name);
                }

                continue;
            }

            errors.AddRange(found);
            if (document is not null)
            {
                document.Directory = input.Directory;
                documents.Add(document);
            }
        }

        // Reports go out as chunks of claims are bound, on whichever thread bound them; the count is shared.
        var bytes = documents.Sum(d => (long)(d.Outline?.Utf8.Length ?? 0));
        var bound = 0;
        progress?.Report(new LoadProgress(bytes, bytes, 0, 0));
        Action<int, int>? claimsBound = progress is null ? null : (count, total) => progress.Report(new LoadProgress(bytes, bytes, Interlocked.Add(ref bound, count), total));
        var result = Compile(documents, errors, skipInvalidClaims, claimsBound, cancellationToken);
        return skippedFiles.Count == 0 ? result : result.WithSkippedFiles([.. skippedFiles]);
    }

    /// <summary>Creates a builder for a claim set in code that resolves and validates with this loader's options.</summary>
    public Claims.ClaimSetBuilder CreateBuilder() => new(options);

    /// <summary>Loads a single JSON document given as a string.</summary>
    public ClaimSetLoadResult LoadJson(string json, string name = "input.json", bool skipInvalidClaims = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Load([ClaimSetInput.FromJson(name, json)], skipInvalidClaims);
    }

    /// <summary>
    /// Loads files and directories; a directory means every <c>*.json</c> file directly in it, in ordinal order of name,
    /// except files that declare another Contradictions format (such as <c>contradictions/expected-diagnostics@1</c>)
    /// and JSON of other kinds (<see cref="ClaimSetLoadResult.SkippedFiles"/>). A path that does not exist or cannot be
    /// read is an error, not an exception.
    /// </summary>
    /// <param name="paths">The files and directories.</param>
    /// <param name="skipInvalidClaims">When <c>true</c>, a claim with errors is left out and the rest still load.</param>
    /// <param name="standardInput">
    /// Where the path <c>-</c> reads from, by the convention of command-line tools (read to its end once, named
    /// <c>(standard input)</c> in errors); without it, <c>-</c> is a file name like any other.
    /// </param>
    /// <param name="progress">Told how far the load is: after each file read and each chunk of claims bound, from several threads.</param>
    /// <param name="cancellationToken">Cancels loading.</param>
    public ClaimSetLoadResult LoadFiles(IEnumerable<string> paths, bool skipInvalidClaims = false, Stream? standardInput = null, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var errors = new List<ClaimSetError>();
        var inputs = new List<ClaimSetInput>();
        foreach (var (path, foundInDirectory) in ExpandPaths(paths.Select(p => p == "-" && standardInput is not null ? StandardInputName : p), errors))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (path == StandardInputName)
                {
                    using var bytes = new MemoryStream();
                    standardInput!.CopyTo(bytes);
                    inputs.Add(new ClaimSetInput(path, bytes.ToArray()) { Directory = Environment.CurrentDirectory });
                    continue;
                }

                var length = new FileInfo(path).Length;
                if (length > options.Limits.MaxFileBytes)
                {
                    errors.Add(TooLarge(path, length));
                    continue;
                }

                inputs.Add(new ClaimSetInput(path, File.ReadAllBytes(path)) { FoundInDirectory = foundInDirectory, Directory = Path.GetDirectoryName(Path.GetFullPath(path)) });
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new ClaimSetError(path, "$", ClaimSetErrorCodes.Unreadable, $"The file could not be read: {e.Message}"));
            }
        }

        return Load(inputs, errors, skipInvalidClaims, progress, cancellationToken);
    }

    private ClaimSetLoadResult Compile(List<ClaimSetFile> documents, List<ClaimSetError> errors, bool skipInvalidClaims, Action<int, int>? claimsBound, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            if (errors.Count == 0)
            {
                errors.Add(new ClaimSetError("(none)", "$", ClaimSetErrorCodes.Required, "No claim-set documents were given."));
            }

            return new ClaimSetLoadResult(null, [.. errors], []);
        }

        return new ClaimSetCompiler(options).Compile(documents, errors, skipInvalidClaims, claimsBound, cancellationToken);
    }

    private static bool IsOtherContradictionsFormat(string? format) =>
        format is not null && format.StartsWith("contradictions/", StringComparison.Ordinal) && !format.StartsWith("contradictions/claim-set@", StringComparison.Ordinal);

    private static IEnumerable<(string Path, bool FoundInDirectory)> ExpandPaths(IEnumerable<string> paths, List<ClaimSetError> errors)
    {
        var any = false;
        foreach (var path in paths)
        {
            any = true;
            if (Directory.Exists(path))
            {
                var files = Directory.GetFiles(path, "*.json", SearchOption.TopDirectoryOnly);
                Array.Sort(files, StringComparer.Ordinal);
                if (files.Length == 0)
                {
                    errors.Add(new ClaimSetError(path, "$", ClaimSetErrorCodes.Required, "The directory holds no *.json files."));
                }

                foreach (var file in files)
                {
                    yield return (file, true);
                }
            }
            else if (File.Exists(path) || path == StandardInputName)
            {
                yield return (path, false);
            }
            else
            {
                errors.Add(new ClaimSetError(path, "$", ClaimSetErrorCodes.Unreadable, "No such file or directory."));
            }
        }

        if (!any)
        {
            errors.Add(new ClaimSetError("(none)", "$", ClaimSetErrorCodes.Required, "No files were given."));
        }
    }

    private ClaimSetError TooLarge(string name, long length) => new(name, "$", ClaimSetErrorCodes.LimitExceeded,
        string.Create(CultureInfo.InvariantCulture, $"The file is {length:N0} bytes; at most {options.Limits.MaxFileBytes:N0} are accepted (LoadLimits.MaxFileBytes)."));
}
