namespace GovProcurement.Portal;

/// <summary>Marker for the portal's UI strings: Resources/SharedResource.resx (zh-CN) and .en.resx.</summary>
public sealed class SharedResource;
