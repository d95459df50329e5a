using GovProcurement.Portal.Workspaces;
using GovProcurement.Tests.Projects;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Support;

/// <summary>
/// A bUnit test of a project component on a fake clock (27 Nov 2026, 09:00 Beijing time), with
/// <see cref="ProjectStages"/> to drive a project to any stage and the step runner the panels use.
/// A subclass registers the use cases its component injects in <see cref="ArrangeServices"/>.
/// </summary>
public abstract class ProjectComponentTest : StoreComponentTest
{
    protected ProjectComponentTest() : this(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero)))
    {
    }

    private ProjectComponentTest(FakeTimeProvider time) : base(time) => Time = time;

    protected FakeTimeProvider Time { get; }

    protected ProjectStages Stages { get; private set; } = default!;

    protected sealed override Task ArrangeAsync()
    {
        Services.AddLogging();
        Services.AddScoped<StepRunner>();
        ArrangeServices();
        Stages = new ProjectStages(Store, new ProjectScenario(Store.Services), Time);
        return Task.CompletedTask;
    }

    protected abstract void ArrangeServices();
}
