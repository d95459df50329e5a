using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Notices;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Seeding;

public sealed partial class DemoStoryTests
{
    [Fact]
    public async Task The_public_service_is_accepted_with_a_representative_of_those_it_serves_and_its_result_is_announced()
    {
        await using var db = Store.Db();
        var contract = await db.Contracts.AsNoTracking().SingleAsync(c => c.Title == "江门市第一中学体育场馆向社会开放管理服务项目");
        var acceptance = await db.Acceptances.AsNoTracking().SingleAsync(a => a.ContractId == contract.Id);

        Assert.Equal(ContractStatus.Filed, contract.Status);
        Assert.True(acceptance.PublicService);
        Assert.Equal(AcceptanceStatus.Passed, acceptance.Status);
        var terms = await Store.Get<ContractAcceptances>().TermsAsync(contract.RegionCode, acceptance.PlannedOn!.Value);
        Assert.True(acceptance.Members.Count(m => m.Role == AcceptanceMemberRole.ServiceRecipient) >= terms.ServiceRecipientMembers.Value);

        // The announcement is published once both parties confirmed the passed record, and names the contract and the group.
        var notice = await db.Notices.AsNoTracking().SingleAsync(n => n.Type == NoticeType.AcceptanceResult);
        Assert.Equal(acceptance.NoticeId, notice.Id);
        Assert.Equal("江门市第一中学体育场馆向社会开放管理服务项目验收结果公告", notice.Title);
        Assert.Equal(acceptance.Number, notice.Reference);
        Assert.NotNull(notice.PublishedUtc);
        Assert.True(notice.PublishedUtc >= acceptance.ConfirmationOf(ContractParty.Supplier)!.AtUtc);
        var facts = notice.Body.Where(b => b.Kind == NoticeBlockKind.Facts).SelectMany(b => b.Rows!).ToDictionary(r => r[0], r => r[1]);
        Assert.Equal(contract.Number, facts["合同编号"]);
        Assert.Contains("梁淑仪（服务对象代表）", facts["验收小组"], StringComparison.Ordinal);
    }
}
