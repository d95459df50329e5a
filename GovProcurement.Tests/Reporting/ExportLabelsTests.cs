using System.Globalization;
using System.Resources;
using GovProcurement.Domain.Reporting;

namespace GovProcurement.Tests.Reporting;

/// <summary>The exports write the very labels the pages show for coded values.</summary>
public class ExportLabelsTests
{
    private static readonly ResourceManager PageTexts = new("GovProcurement.Portal.Resources.SharedResource", typeof(GovProcurement.Portal.SharedResource).Assembly);

    public static TheoryData<Type> LabelledEnums() => new(ExportLabels.ResourcePrefix.Keys);

    [Theory]
    [MemberData(nameof(LabelledEnums))]
    public void Every_value_has_the_label_its_page_shows(Type enumType)
    {
        var prefix = ExportLabels.ResourcePrefix[enumType];
        foreach (Enum value in Enum.GetValues(enumType))
        {
            var page = PageTexts.GetString($"{prefix}.{value}", CultureInfo.InvariantCulture);
            Assert.False(page is null, $"the pages have no label {prefix}.{value}");
            Assert.Equal(page, ExportLabels.Of(value));
        }
    }
}
