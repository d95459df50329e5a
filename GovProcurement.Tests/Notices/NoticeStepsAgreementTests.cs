using GovProcurement.Domain.Common;
using GovProcurement.Domain.Notices;
using GovProcurement.Tests.Plans;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Notices;

/// <summary>
/// Forwarding a policy notice (逐级转发): offered exactly to the finance departments below the one
/// that issued it, and <see cref="PolicyNotices.ForwardAsync"/> agrees with the offer for every party.
/// </summary>
public class NoticeStepsAgreementTests(PlanStepsStore fixture) : IClassFixture<PlanStepsStore>
{
    private readonly PlanParties parties = new(fixture.Store.Services);

    private PolicyNotices Policy => fixture.Store.Get<PolicyNotices>();

    public enum Issuer
    {
        Province,
        Jiangmen,
    }

    public static TheoryData<Issuer, PlanParty> EveryIssuerAndParty()
    {
        var data = new TheoryData<Issuer, PlanParty>();
        foreach (var issuer in Enum.GetValues<Issuer>())
        {
            foreach (var party in Enum.GetValues<PlanParty>())
            {
                data.Add(issuer, party);
            }
        }

        return data;
    }

    /// <summary>The rule written out: 江门 is below the province, 鹤山 below both; no department forwards its own notice.</summary>
    private static bool MayForward(Issuer issuer, PlanParty party) => (issuer, party) switch
    {
        (Issuer.Province, PlanParty.OwnRegionRegulator or PlanParty.HeshanRegulator) => true,
        (Issuer.Jiangmen, PlanParty.HeshanRegulator) => true,
        _ => false,
    };

    [Theory]
    [MemberData(nameof(EveryIssuerAndParty))]
    public async Task Forwarding_is_offered_to_the_departments_below_and_the_use_case_agrees(Issuer issuer, PlanParty party)
    {
        var source = await IssueAsync(issuer);
        var actor = await parties.ActorAsync(party);

        var answer = await Policy.StepsAsync(source, actor);
        Assert.Equal(MayForward(issuer, party), answer.Allows(NoticeStep.Forward));

        var outcome = await Record.ExceptionAsync(() => Policy.ForwardAsync(source.Id, "测试〔2026〕1号", "请各单位遵照执行，并结合本地实际做好衔接工作。", actor));
        if (answer.WhyNot(NoticeStep.Forward) is { } refusal)
        {
            Assert.Equal(refusal.ToException().Text, Assert.IsAssignableFrom<DomainException>(outcome).Text);
        }
        else
        {
            Assert.Null(outcome);
            var chain = await Policy.ChainAsync((await NewestForwardOfAsync(source.Id)).Id);
            Assert.Equal($"关于转发《{source.Title}》的通知", chain[0].Title);
            Assert.Equal(source.Id, chain[1].Id);
        }
    }

    [Fact]
    public void A_forwarding_title_is_not_wrapped_twice() =>
        Assert.Equal("关于转发《甲》的通知", NoticeSteps.ForwardingTitle(NoticeSteps.ForwardingTitle("甲")));

    private async Task<Notice> IssueAsync(Issuer issuer)
    {
        var department = await parties.ActorAsync(issuer == Issuer.Province ? PlanParty.ProvinceRegulator : PlanParty.OwnRegionRegulator);
        return await Policy.IssueAsync($"关于做好政府采购意向公开工作的通知（{issuer}）", "测试〔2026〕0号", "各单位：请按规定在采购活动开始前公开采购意向。", null, department);
    }

    private async Task<Notice> NewestForwardOfAsync(Guid sourceId)
    {
        await using var db = fixture.Store.Db();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Notices, n => n.ForwardedFromId == sourceId);
    }
}
