using GovProcurement.Domain.Common;
using GovProcurement.Domain.Mall.Frameworks;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Mall.Frameworks;

/// <summary>
/// The framework agreement's and the call-off's answers and their use cases agree over both transition
/// tables: in each status and for every party, a step offered succeeds and a step refused throws the
/// answer's very reason. The agreement here admits the first two demo suppliers; the third stays outside.
/// </summary>
public sealed class FrameworkStepsAgreementTests : ProjectScenarioTest
{
    private FrameworkScenario frameworks = default!;
    private MallParties parties = default!;
    private int numbers;
    private FrameworkAgreement? forCallOffs;

    protected override Task ArrangeAsync()
    {
        frameworks = new FrameworkScenario(Store.Services, Scenario);
        parties = new MallParties(Scenario);
        return Task.CompletedTask;
    }

    public enum AgreementStage
    {
        Draft,
        InForceClosed,
        InForceOpen,
        Expired,
        Terminated,
    }

    public enum CallOffStage
    {
        /// <summary>A second competition open for quotes; the first supplier has quoted.</summary>
        Quoting,

        /// <summary>A second competition decided at its close: the two admitted suppliers quoted.</summary>
        Awarded,

        /// <summary>A second competition closed without a quote.</summary>
        Failed,
        Withdrawn,

        /// <summary>直接选定: awarded at once, the result read with it.</summary>
        DirectlyAwarded,
    }

    public static TheoryData<AgreementStage> AgreementStages() => new(Enum.GetValues<AgreementStage>());

    public static TheoryData<CallOffStage> CallOffStages() => new(Enum.GetValues<CallOffStage>());

    private static FrameworkStatus StatusOf(AgreementStage stage) => stage switch
    {
        AgreementStage.Draft => FrameworkStatus.Draft,
        AgreementStage.InForceClosed or AgreementStage.InForceOpen => FrameworkStatus.InForce,
        AgreementStage.Expired => FrameworkStatus.Expired,
        _ => FrameworkStatus.Terminated,
    };

    private static CallOffStatus StatusOf(CallOffStage stage) => stage switch
    {
        CallOffStage.Quoting => CallOffStatus.Quoting,
        CallOffStage.Awarded or CallOffStage.DirectlyAwarded => CallOffStatus.Awarded,
        CallOffStage.Failed => CallOffStatus.Failed,
        _ => CallOffStatus.Withdrawn,
    };

    private static FrameworkChange ChangeOf(FrameworkAction action) => action switch
    {
        FrameworkAction.Edit => FrameworkChange.Edited,
        FrameworkAction.AdmitSupplier => FrameworkChange.SupplierAdmitted,
        FrameworkAction.RemoveSupplier => FrameworkChange.SupplierRemoved,
        FrameworkAction.PutInForce => FrameworkChange.PutInForce,
        _ => FrameworkChange.Terminated,
    };

    /// <summary>The recording agency manages its agreement: everything in a draft; in force it admits (an open agreement only) and terminates.</summary>
    private static readonly Dictionary<AgreementStage, List<(MallParty, FrameworkAction)>> ExpectedAgreement = new()
    {
        [AgreementStage.Draft] = [(MallParty.Agency, FrameworkAction.Edit), (MallParty.Agency, FrameworkAction.AdmitSupplier), (MallParty.Agency, FrameworkAction.RemoveSupplier), (MallParty.Agency, FrameworkAction.PutInForce)],
        [AgreementStage.InForceClosed] = [(MallParty.Agency, FrameworkAction.Terminate)],
        [AgreementStage.InForceOpen] = [(MallParty.Agency, FrameworkAction.AdmitSupplier), (MallParty.Agency, FrameworkAction.Terminate)],
        [AgreementStage.Expired] = [],
        [AgreementStage.Terminated] = [],
    };

    /// <summary>An admitted supplier that has not quoted quotes; the unit's operator withdraws an open competition and reads a decided one.</summary>
    private static readonly Dictionary<CallOffStage, List<(MallParty, CallOffAction)>> ExpectedCallOff = new()
    {
        [CallOffStage.Quoting] = [(MallParty.OwnOperator, CallOffAction.Withdraw), (MallParty.SecondSupplier, CallOffAction.Quote)],
        [CallOffStage.Awarded] = [(MallParty.OwnOperator, CallOffAction.NoteResult)],
        [CallOffStage.Failed] = [(MallParty.OwnOperator, CallOffAction.NoteResult)],
        [CallOffStage.Withdrawn] = [],
        [CallOffStage.DirectlyAwarded] = [],
    };

    [Fact]
    public void The_stages_cover_every_status_and_every_row_of_both_tables_is_a_partys_step_or_the_platforms()
    {
        Assert.Equal(Enum.GetValues<FrameworkStatus>(), Enum.GetValues<AgreementStage>().Select(StatusOf).Distinct().Order());
        Assert.Equal(Enum.GetValues<CallOffStatus>(), Enum.GetValues<CallOffStage>().Select(StatusOf).Distinct().Order());
        foreach (var row in FrameworkAgreement.Table)
        {
            var taken = ExpectedAgreement.Any(e => StatusOf(e.Key) == row.From && e.Value.Any(o => ChangeOf(o.Item2) == row.Change));
            Assert.True(taken ^ (row.Change == FrameworkChange.Expired), $"{row}: offered {taken}");
        }

        Assert.All(ExpectedAgreement.SelectMany(e => e.Value.Select(o => (StatusOf(e.Key), ChangeOf(o.Item2)))), row => Assert.Contains(row, FrameworkAgreement.Table));

        // The platform closes a competition (with or without a winner); the unit withdraws it while quoting.
        Assert.Equal(
            [(CallOffStatus.Quoting, CallOffChange.ClosedWithWinner), (CallOffStatus.Quoting, CallOffChange.ClosedWithoutWinner), (CallOffStatus.Quoting, CallOffChange.Withdrawn)],
            FrameworkCallOff.Table.OrderBy(r => r.Change));
        Assert.Contains((MallParty.OwnOperator, CallOffAction.Withdraw), ExpectedCallOff[CallOffStage.Quoting]);
    }

    [Theory]
    [MemberData(nameof(AgreementStages))]
    public async Task Every_agreement_step_offered_succeeds_and_every_refused_one_throws_the_same_reason(AgreementStage stage)
    {
        var agreement = await ArrangeAsync(stage);
        Assert.Equal(StatusOf(stage), agreement.Status);
        var offered = await parties.RefusalsAgreeAsync<FrameworkAction>(
            async actor => (await frameworks.Agreements.GetAsync(agreement.Id, actor))?.Steps, (action, actor) => Take(action, agreement, actor));

        Assert.Equal(MallParties.Sorted(ExpectedAgreement[stage]), MallParties.Sorted(offered));
        Assert.Equal(StatusOf(stage), (await LoadAsync(agreement.Id)).Status);
        foreach (var (party, action) in offered)
        {
            await Take(action, await ArrangeAsync(stage), await parties.ActorAsync(party));
        }
    }

    [Theory]
    [MemberData(nameof(CallOffStages))]
    public async Task Every_call_off_step_offered_succeeds_and_every_refused_one_throws_the_same_reason(CallOffStage stage)
    {
        var callOffId = await ArrangeAsync(stage);
        var offered = await parties.RefusalsAgreeAsync<CallOffAction>(
            async actor => (await frameworks.CallOffs.GetAsync(callOffId, actor))?.Steps, (action, actor) => Take(action, callOffId, actor));

        Assert.Equal(MallParties.Sorted(ExpectedCallOff[stage]), MallParties.Sorted(offered));
        Assert.Equal(StatusOf(stage), await CallOffStatusAsync(callOffId));
        foreach (var (party, action) in offered)
        {
            await Take(action, await ArrangeAsync(stage), await parties.ActorAsync(party));
        }
    }

    private async Task Take(FrameworkAction action, FrameworkAgreement agreement, Actor actor)
    {
        var suppliers = await SupplierIdsAsync();
        var task = action switch
        {
            FrameworkAction.Edit => frameworks.Agreements.EditAsync(agreement.Id, frameworks.Draft(agreement.Kind, number: agreement.Number) with { Title = "江门市台式计算机框架协议（修订）" }, actor),
            FrameworkAction.AdmitSupplier => frameworks.Agreements.AdmitAsync(agreement.Id, new AdmissionForm(suppliers[2]), actor),
            FrameworkAction.RemoveSupplier => frameworks.Agreements.RemoveAsync(agreement.Id, suppliers[0], actor),
            FrameworkAction.PutInForce => frameworks.Agreements.PutInForceAsync(agreement.Id, actor),
            _ => frameworks.Agreements.TerminateAsync(agreement.Id, "采购需求变化", actor),
        };
        await task;
    }

    private Task Take(CallOffAction action, Guid id, Actor actor) => action switch
    {
        CallOffAction.Quote => frameworks.CallOffs.QuoteAsync(id, new CallOffQuoteForm(4_100m), actor),
        CallOffAction.Withdraw => frameworks.CallOffs.WithdrawAsync(id, "需求变更", actor),
        _ => frameworks.CallOffs.NoteResultAsync(id, actor),
    };

    private async Task<List<Guid>> SupplierIdsAsync()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < FrameworkScenario.Suppliers.Length; i++)
        {
            ids.Add((await frameworks.SupplierAsync(i)).OrganizationId!.Value);
        }

        return ids;
    }

    /// <summary>An agreement of the agency with the first two demo suppliers admitted, taken to the stage by the use cases and the platform.</summary>
    private async Task<FrameworkAgreement> ArrangeAsync(AgreementStage stage)
    {
        var agency = await frameworks.AgencyAsync();
        var suppliers = await SupplierIdsAsync();
        var kind = stage == AgreementStage.InForceOpen ? FrameworkKind.Open : FrameworkKind.Closed;
        var agreement = await frameworks.Agreements.RecordAsync(frameworks.Draft(kind, number: $"JMKJXY-2026-{++numbers:000}"), agency);
        await frameworks.Agreements.AdmitAsync(agreement.Id, new AdmissionForm(suppliers[0]), agency);
        await frameworks.Agreements.AdmitAsync(agreement.Id, new AdmissionForm(suppliers[1]), agency);
        if (stage != AgreementStage.Draft)
        {
            await frameworks.Agreements.PutInForceAsync(agreement.Id, agency);
        }

        if (stage == AgreementStage.Terminated)
        {
            await frameworks.Agreements.TerminateAsync(agreement.Id, "采购需求变化", agency);
        }

        if (stage == AgreementStage.Expired)
        {
            Time.Advance(TimeSpan.FromDays(370));
            Assert.Equal(1, await frameworks.Agreements.ExpireDueAsync());
        }

        return await LoadAsync(agreement.Id);
    }

    /// <summary>A call-off of ten desktops from a new filed plan on the one agreement in force, taken to the stage.</summary>
    private async Task<Guid> ArrangeAsync(CallOffStage stage)
    {
        forCallOffs ??= await ArrangeAsync(AgreementStage.InForceClosed);
        var plan = await frameworks.FiledPlanAsync();
        var op = await frameworks.OperatorAsync();
        var suppliers = await SupplierIdsAsync();
        if (stage == CallOffStage.DirectlyAwarded)
        {
            return (await frameworks.CallOffs.CallOffAsync(FrameworkScenario.Direct(plan, forCallOffs, suppliers[0]), op)).Id;
        }

        var callOff = await frameworks.CallOffs.CallOffAsync(FrameworkScenario.Second(plan, forCallOffs, Time.GetUtcNow().UtcDateTime.AddHours(24)), op);
        if (stage is CallOffStage.Quoting or CallOffStage.Awarded)
        {
            await frameworks.CallOffs.QuoteAsync(callOff.Id, new CallOffQuoteForm(4_300m), await frameworks.SupplierAsync(0));
        }

        if (stage == CallOffStage.Awarded)
        {
            await frameworks.CallOffs.QuoteAsync(callOff.Id, new CallOffQuoteForm(4_200m), await frameworks.SupplierAsync(1));
        }

        if (stage == CallOffStage.Withdrawn)
        {
            await frameworks.CallOffs.WithdrawAsync(callOff.Id, "需求变更", op);
        }

        if (stage is CallOffStage.Awarded or CallOffStage.Failed)
        {
            Time.Advance(TimeSpan.FromHours(24));
            await frameworks.CallOffs.DecideDueAsync();
        }

        Assert.Equal(StatusOf(stage), await CallOffStatusAsync(callOff.Id));
        return callOff.Id;
    }

    private async Task<FrameworkAgreement> LoadAsync(Guid id)
    {
        await using var db = Store.Db();
        return await db.FrameworkAgreements.AsNoTracking().Include(a => a.Items).SingleAsync(a => a.Id == id);
    }

    private async Task<CallOffStatus> CallOffStatusAsync(Guid id)
    {
        await using var db = Store.Db();
        return await db.FrameworkCallOffs.Where(c => c.Id == id).Select(c => c.Status).SingleAsync();
    }
}
