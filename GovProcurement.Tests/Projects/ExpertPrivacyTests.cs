using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Experts;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Projects;

/// <summary>A regulator sees the experts of its jurisdiction; employers and declared links only the expert's own finance department.</summary>
public sealed class ExpertPrivacyTests : IAsyncLifetime
{
    private TestStore store = default!;
    private ProjectScenario scenario = default!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(demoData: true);
        scenario = new ProjectScenario(store.Services);
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    private async Task<IReadOnlyList<LibraryEntry>> ListAsAsync(string account) => await store.Get<ExpertLibrary>().ListAsync(await scenario.ActorAsync(account));

    [Fact]
    public async Task Heshan_sees_only_its_own_experts_and_not_a_Jiangmen_city_expert()
    {
        var heshan = await ListAsAsync("440784cz");

        Assert.Equal(["梁国华"], heshan.Select(e => e.Name).ToArray());
        Assert.DoesNotContain(heshan, e => e.Name == "郑海涛");
        Assert.All(heshan, e => Assert.StartsWith("440784", e.RegionCode));
    }

    [Fact]
    public async Task The_province_sees_every_expert_but_not_the_employers_or_links_it_does_not_maintain()
    {
        var province = await ListAsAsync("440000cz");

        Assert.Equal(11, province.Count);
        Assert.All(province, e => Assert.False(e.Maintained));
        Assert.All(province, e => Assert.Null(e.Links));
        Assert.All(province, e => Assert.Null(e.Employer));
    }

    [Fact]
    public async Task Links_are_shown_only_to_the_finance_department_of_the_experts_region()
    {
        var jiangmen = await ListAsAsync("440700cz");
        var kin = jiangmen.Single(e => e.Name == "冯碧云");
        Assert.True(kin.Maintained);
        Assert.Equal(ExpertLinkKind.Kinship, kin.Links!.Single().Kind);
        Assert.Equal("江门市家具行业协会", kin.Employer);

        // Jiangmen oversees Heshan, but Heshan's finance department maintains its experts.
        var heshanExpert = jiangmen.Single(e => e.Name == "梁国华");
        Assert.False(heshanExpert.Maintained);
        Assert.Null(heshanExpert.Links);
        Assert.Null(heshanExpert.Employer);
        var jiangmenRegulator = await scenario.ActorAsync("440700cz");
        var refused = await Assert.ThrowsAsync<DomainException>(() => store.Get<ExpertLibrary>().DeclareAsync(
            heshanExpert.Id, ExpertLinkKind.Kinship, ProjectScenario.SmallSupplier, new DateOnly(2024, 1, 1), null, jiangmenRegulator));
        Assert.Contains("所在地区的财政部门维护", refused.Text.Zh);

        var administrator = await store.Get<ExpertLibrary>().ListAsync(new Actor("admin", null, new HashSet<string> { Roles.PlatformAdmin }));
        Assert.Equal(11, administrator.Count);
        Assert.All(administrator, e => Assert.Null(e.Links));
    }
}
