using GovProcurement.Domain.Reporting;

namespace GovProcurement.Tests.Reporting;

public sealed class SynchronousWriteStreamTests
{
    [Fact]
    public void Asynchronous_writes_complete_on_the_calling_thread_with_the_bytes_written_in_order()
    {
        using var inner = new MemoryStream();
        using var stream = new SynchronousWriteStream(inner);

        var first = stream.WriteAsync(new byte[] { 1, 2, 3 }.AsMemory());
        var second = stream.WriteAsync([4, 5], 0, 2);
        var flush = stream.FlushAsync();

        Assert.True(first.IsCompletedSuccessfully);
        Assert.True(second.IsCompletedSuccessfully);
        Assert.True(flush.IsCompletedSuccessfully);
        Assert.Equal([1, 2, 3, 4, 5], inner.ToArray());
        Assert.False(stream.CanRead);
    }

    [Fact]
    public void A_cancelled_write_writes_nothing()
    {
        using var inner = new MemoryStream();
        using var stream = new SynchronousWriteStream(inner);

        Assert.Throws<OperationCanceledException>(() => stream.WriteAsync(new byte[] { 1 }.AsMemory(), new CancellationToken(true)).GetAwaiter().GetResult());
        Assert.Equal(0, inner.Length);
    }
}
