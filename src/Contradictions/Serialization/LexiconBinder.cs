using System.Text.Json;
using Contradictions.Drafting;
using Contradictions.Vocabulary;

namespace Contradictions.Serialization;

/// <summary>
/// The <c>lexicon</c> section of the claim-set format, read field by field into a <see cref="Lexicon"/>; once every
/// file's vocabulary is merged, the property ids it names are checked against it (<see cref="Merge"/>).
/// </summary>
internal static class LexiconBinder
{
    public const int Version = 0, Properties = 1, Subjects = 2, Entities = 3, Offices = 4, HolderProperty = 5;

    private const string Phrases = "an object of ids, each with an array of its phrases";

    public static JsonShape Shape { get; } = new(
        "lexicon",
        new("version", JsonTypes.Number, "the number 1", "A lexicon needs its version (\"version\": 1)."),
        new("properties", JsonTypes.Object, Phrases),
        new("subjects", JsonTypes.Object, Phrases),
        new("entities", JsonTypes.Object, Phrases),
        new("offices", JsonTypes.Object, Phrases),
        new("holderProperty", JsonTypes.String | JsonTypes.Null, "a string"));

    /// <summary>A lexicon as read from one file, with where, for the checks against the merged vocabulary.</summary>
    public sealed record ReadLexicon(string File, Lexicon Lexicon, bool NamesHolderProperty);

    /// <summary>Reads the lexicon the cursor is on; returns <c>null</c> when it has problems (each reported at its path).</summary>
    public static ReadLexicon? Read(ref JsonCursor cursor, LoadErrors errors)
    {
        const string path = "lexicon";
        if (!cursor.IsObject(path))
        {
            return null;
        }

        var before = errors.Count;
        var lexicon = Lexicon.Empty;
        var seen = 0L;
        var namesHolder = false;
        while (cursor.Next(Shape, path, ref seen) is var field and >= 0)
        {
            var fieldPath = JsonWording.Join(path, Shape[field].Name);
            switch (field)
            {
                case Version:
                    if (cursor.Int64(fieldPath, Shape[Version].Expected) is { } version and not Lexicon.CurrentVersion)
                    {
                        errors.Add(fieldPath, ClaimSetErrorCodes.UnsupportedFormat, $"Lexicon version {version} is not supported; this version reads version {Lexicon.CurrentVersion}.");
                    }

                    break;
                case HolderProperty:
                    if (cursor.String() is { Length: > 0 } holder && !string.IsNullOrWhiteSpace(holder))
                    {
                        lexicon = lexicon.WithHolderProperty(holder);
                        namesHolder = true;
                    }

                    break;
                default:
                    while (cursor.NextEntry(out var id))
                    {
                        var entryPath = $"{fieldPath}.{id}";
                        if (cursor.Token != JsonTokenType.StartArray)
                        {
                            cursor.WrongType(entryPath, "an array of phrases");
                            continue;
                        }

                        var phrases = cursor.Strings(entryPath);
                        if (string.IsNullOrWhiteSpace(id) || phrases.Any(string.IsNullOrWhiteSpace))
                        {
                            errors.Add(entryPath, ClaimSetErrorCodes.Required, "An id and each of its phrases need some text.");
                            continue;
                        }

                        lexicon = field switch
                        {
                            Properties => lexicon.WithPropertyTerms(id, phrases),
                            Subjects => lexicon.WithSubjectAliases(id, phrases),
                            Entities => lexicon.WithEntityAliases(id, phrases),
                            _ => lexicon.WithOfficeTitles(id, phrases),
                        };
                    }

                    break;
            }
        }

        Shape.ReportMissing(seen, path, errors);
        return errors.Count > before ? null : new ReadLexicon(errors.File, lexicon, namesHolder);
    }

    /// <summary>
    /// Checks each file's lexicon against the merged vocabulary — every property it names exists, and the holder
    /// property is an entity property — and merges them, in file order.
    /// </summary>
    public static Lexicon Merge(IEnumerable<ReadLexicon> lexicons, PropertyVocabulary vocabulary, List<ClaimSetError> errors)
    {
        var merged = Lexicon.Empty;
        foreach (var read in lexicons)
        {
            foreach (var property in read.Lexicon.Properties.Keys.Where(p => !vocabulary.Properties.ContainsKey(p)))
            {
                errors.Add(new ClaimSetError(read.File, $"lexicon.properties.{property}", ClaimSetErrorCodes.UnknownProperty,
                    $"The lexicon names property '{property}', which is not in the vocabulary."));
            }

            if (read.NamesHolderProperty || !read.Lexicon.Offices.IsEmpty)
            {
                var holder = read.Lexicon.HolderProperty;
                if (!vocabulary.TryGetProperty(holder, out var definition) || definition.ValueKind != ValueKind.Entity)
                {
                    errors.Add(new ClaimSetError(read.File, "lexicon.holderProperty", ClaimSetErrorCodes.UnknownProperty,
                        $"Office holders are claimed under '{holder}', which is not an entity property of the vocabulary."));
                }
            }

            merged = merged.Merge(read.Lexicon);
        }

        return merged;
    }
}
