using System.Text.Json;

namespace Contradictions.Tests.Cli;

public sealed class MentionsCommandTests
{
    private const string Text = "In March 2025, about 11,000 North Korean soldiers were in Russia. Between 3,000 and 5,000 more arrived.";

    [Fact]
    public void Mentions_JsonLines_GiveTimesAndQuantitiesInTextOrder()
    {
        var (code, output, _) = CliRunner.Run(Text, "mentions", "-", "--published", "2025-10-10");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["time", "quantity", "quantity"], lines.Select(l => l.GetProperty("kind").GetString()));

        var about = lines[1];
        Assert.Equal(("about 11,000", 15, 27), (about.GetProperty("text").GetString(), about.GetProperty("start").GetInt32(), about.GetProperty("end").GetInt32()));
        Assert.Equal((11000, "approximately", "North Korean soldiers"), (about.GetProperty("amount").GetInt32(), about.GetProperty("qualifier").GetString(), about.GetProperty("noun").GetString()));
        Assert.Equal(JsonValueKind.Null, about.GetProperty("unit").ValueKind);
        Assert.Equal(JsonValueKind.Null, about.GetProperty("min").ValueKind);

        var range = lines[2];
        Assert.Equal(JsonValueKind.Null, range.GetProperty("amount").ValueKind);
        Assert.Equal((3000, 5000, "range"), (range.GetProperty("min").GetInt32(), range.GetProperty("max").GetInt32(), range.GetProperty("qualifier").GetString()));
        Assert.Equal("2025-03-01", lines[0].GetProperty("value").GetProperty("start").GetString());
    }

    [Fact]
    public void Mentions_Text_IsOneLineEach()
    {
        var (code, output, _) = CliRunner.Run(Text, "mentions", "-", "--published", "2025-10-10", "--format", "text");
        Assert.Equal(0, code);
        Assert.Equal(3, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("quantity about 11,000", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Mentions_InvalidUtf8_IsOneErrorAndExitTwo()
    {
        var file = Path.Combine(Path.GetTempPath(), $"contradictions-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(file, [0x41, 0xFF, 0xFE, 0x42]);
        try
        {
            var (code, output, error) = CliRunner.Run(null, "mentions", file, "--published", "2025");
            Assert.Equal((2, string.Empty), (code, output));
            Assert.Contains("not valid UTF-8", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Mentions_JsonLines_GiveAttributionsAndOfficeHolders()
    {
        var (code, output, _) = CliRunner.Run("The JCS said that former President Donald Trump met 3 envoys.", "mentions", "-", "--published", "2025-10-10");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["attribution", "office-holder", "quantity"], lines.Select(l => l.GetProperty("kind").GetString()));
        Assert.Equal(("The JCS", 18, 60), (lines[0].GetProperty("source").GetString(), lines[0].GetProperty("covers").GetProperty("start").GetInt32(), lines[0].GetProperty("covers").GetProperty("end").GetInt32()));
        Assert.Equal(("President", "Donald Trump", true), (lines[1].GetProperty("title").GetString(), lines[1].GetProperty("person").GetString(), lines[1].GetProperty("negated").GetBoolean()));
    }
}
