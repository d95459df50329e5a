using GovProcurement.Domain.Accounts;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Persistence;

public class PasswordResetRequestTests
{
    [Fact]
    public async Task RequestForAnExistingAccount_IsKeptOnce_AndAnUnknownOneLeavesNothing()
    {
        await using var store = await TestStore.CreateAsync(demoData: true);
        var requests = store.Get<PasswordResetRequests>();

        await requests.RequestAsync("440784201001002", "0750-8888888");
        await requests.RequestAsync("440784201001002", "0750-8888888");
        await requests.RequestAsync("no-such-account", "0750-0000000");

        var open = await requests.OpenAsync();
        var request = Assert.Single(open);
        Assert.Equal("440784201001002", request.UserName);
        Assert.Equal("0750-8888888", request.Contact);
    }

    [Fact]
    public async Task ClosingTheRequest_RemovesItFromTheOpenList()
    {
        await using var store = await TestStore.CreateAsync(demoData: true);
        var requests = store.Get<PasswordResetRequests>();
        await requests.RequestAsync("gdjyt", "020-1234567");
        var request = Assert.Single(await requests.OpenAsync());

        await requests.CloseAsync(request.UserId, "admin");

        Assert.Empty(await requests.OpenAsync());
        await using var db = store.Db();
        Assert.Equal("admin", (await db.PasswordResetRequests.SingleAsync()).HandledBy);
    }
}
