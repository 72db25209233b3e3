using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Contradictions.Reporting;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> whose bytes are passed on to a <see cref="TextWriter"/> in chunks of about 32 KB,
/// so that a report of any size is written as a stream: no whole-report string, no document in memory. Where the
/// output is a UTF-8 <see cref="StreamWriter"/> (a file), the bytes go to its stream as they are, without being
/// decoded to text and encoded again.
/// </summary>
internal sealed class StreamedJson : IDisposable
{
    /// <summary>The size at which <see cref="PassOnIfFull"/> passes the bytes on.</summary>
    public const int ChunkSize = 32 * 1024;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> buffer = new(2 * ChunkSize);
    private readonly TextWriter output;

    public StreamedJson(TextWriter output)
    {
        this.output = output;
        Writer = new Utf8JsonWriter(buffer, Options);
    }

    /// <summary>Gets the writer to write the JSON with.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>Passes the bytes written so far on to the output once they fill a chunk; call it between records.</summary>
    public void PassOnIfFull()
    {
        if (Writer.BytesPending + buffer.WrittenCount >= ChunkSize)
        {
            PassOn();
        }
    }

    /// <summary>Passes every byte written so far on to the output.</summary>
    public void PassOn()
    {
        Writer.Flush();
        if (output is StreamWriter { Encoding.CodePage: 65001 } file)
        {
            file.Flush();
            file.BaseStream.Write(buffer.WrittenSpan);
        }
        else
        {
            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }

        buffer.ResetWrittenCount();
    }

    public void Dispose() => Writer.Dispose();
}
