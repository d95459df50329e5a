using System.Globalization;
using GovProcurement.Domain.Rules;

namespace GovProcurement.Portal.Components.Workspaces.Rules;

/// <summary>A rule's value as people write it: ¥4,000,000.00, 40%, 30 天.</summary>
public static class RuleValue
{
    public static string Format(ProcurementRule rule) => rule.Unit switch
    {
        RuleUnit.Fen => rule.Amount.ToString(),
        RuleUnit.BasisPoints => (rule.Value / 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%",
        RuleUnit.Days => Localization.Display.IsEnglish ? $"{rule.Value} days" : $"{rule.Value} 天",
        RuleUnit.WorkingDays => Localization.Display.IsEnglish ? $"{rule.Value} working days" : $"{rule.Value} 个工作日",
        RuleUnit.Count => Localization.Display.IsEnglish ? $"{rule.Value}" : $"{rule.Value} 人（家）",
        RuleUnit.Years => Localization.Display.IsEnglish ? $"{rule.Value} years" : $"{rule.Value} 年",
        RuleUnit.Hours => Localization.Display.IsEnglish ? $"{rule.Value} hours" : $"{rule.Value} 小时",
        RuleUnit.Minutes => Localization.Display.IsEnglish ? $"{rule.Value} minutes" : $"{rule.Value} 分钟",
        _ => rule.Value.ToString(CultureInfo.InvariantCulture),
    };
}
