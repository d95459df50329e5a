namespace GovProcurement.Domain.Common;

/// <summary>
/// A read-only view of another stream that refuses to deliver more than a budget of bytes in total,
/// shared by every stream made from the same <see cref="Budget"/>. Used for decompressed upload
/// parts, whose declared sizes can lie. Written here because no package in the graph bounds a
/// decompressing stream; it is only a counter around <see cref="Stream.Read(Span{byte})"/>.
/// </summary>
public sealed class BoundedReadStream(Stream inner, BoundedReadStream.Budget budget, bool leaveOpen = false) : Stream
{
    /// <summary>The bytes still allowed across all streams sharing it.</summary>
    public sealed class Budget(long bytes)
    {
        public long Limit { get; } = bytes;

        public long Read { get; private set; }

        internal void Take(int count)
        {
            Read += count;
            if (Read > Limit)
            {
                throw new BoundExceededException(Limit);
            }
        }
    }

    /// <summary>Thrown as soon as one byte more than the budget was read.</summary>
    public sealed class BoundExceededException(long limit) : IOException($"More than {limit} bytes were read.")
    {
        public long Limit { get; } = limit;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        budget.Take(read);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
