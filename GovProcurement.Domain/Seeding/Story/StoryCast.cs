namespace GovProcurement.Domain.Seeding.Story;

/// <summary>A demo budget unit's accounts in the story: its operator, its reviewer and the finance department that files its plans.</summary>
internal sealed record StoryUnit(string BudgetCode, string Operator, string Reviewer, string Regulator);

/// <summary>Who plays in the demo story: the demo organisations' accounts (see <see cref="DemoDataSeeder"/> and the README).</summary>
internal static class StoryCast
{
    public static readonly StoryUnit JiangmenBureau = new("701001", "440700101001002", "440700101001001", "440700cz");
    public static readonly StoryUnit JiangmenSchool = new("701002", "440700101002002", "440700101002001", "440700cz");
    public static readonly StoryUnit HeshanBureau = new("784001", "440784201001002", "440784201001001", "440784cz");
    public static readonly StoryUnit HeshanSchool = new("784002", "440784201002002", "440784201002001", "440784cz");

    public const string Agency = "jmggzy";
    public const string Huaxin = "91440703MA51K2Q8XY";
    public const string Nanyue = "91440784MA4WJ7C3RF";
    public const string Yuelian = "91440101MA5CTY6L0C";
}
