using GovProcurement.Domain.Supervision;
using GovProcurement.Portal.Localization;
using Microsoft.Extensions.Localization;

namespace GovProcurement.Portal.Components.Workspaces.Supervision;

/// <summary>How a chart slice's key reads: a region's name, or the label of a category, route or method.</summary>
public static class SupervisionLabels
{
    public static string Of(PlanDimension dimension, string key, string ownRegion, IStringLocalizer text) => key switch
    {
        SupervisionQueries.NoneKey => text["Supervision.None"],
        _ when dimension == PlanDimension.Region && key == ownRegion => $"{Display.Region(key)}{text["Supervision.OwnLevel"]}",
        _ => dimension switch
        {
            PlanDimension.Region => Display.Region(key),
            PlanDimension.Category => text[$"Category.{key}"],
            PlanDimension.Route => text[$"Route.{key}"],
            _ => text[$"Method.{key}"],
        },
    };
}
