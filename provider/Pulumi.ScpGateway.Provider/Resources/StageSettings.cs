using Pulumi.ScpGateway.Scp.ApiGateway.Models;

namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>A stage's configuration (Set Stage Configuration replaces it whole): what to send, and whether two stages' differ.</summary>
internal static class StageSettings
{
    /// <summary>The full configuration body for <paramref name="stage"/>; unset lists go as absent, which SCP reads as cleared.</summary>
    public static StageConfig ConfigOf(StageArgs stage) => new()
    {
        CorsEnabled = stage.CorsEnabled,
        JwtEnabled = stage.JwtEnabled,
        AllowCredentials = stage.AllowCredentials,
        AllowOrigins = stage.AllowOrigins,
        AllowHeaders = stage.AllowHeaders,
        ExposeHeaders = stage.ExposeHeaders,
        AllowMethods = stage.AllowMethods,
        MaxAge = stage.MaxAge,
        Description = stage.Description,
        UsagePlanId = stage.UsagePlanId,
        ConnectedApiKeys = stage.ConnectedApiKeys,
    };

    /// <summary>True when no configuration call is needed to turn <paramref name="current"/> into <paramref name="wanted"/>.</summary>
    public static bool SameConfig(StageArgs current, StageArgs wanted) =>
        current.CorsEnabled == wanted.CorsEnabled
        && current.JwtEnabled == wanted.JwtEnabled
        && current.AllowCredentials == wanted.AllowCredentials
        && current.MaxAge == wanted.MaxAge
        && (current.Description ?? "") == (wanted.Description ?? "")
        && (current.UsagePlanId ?? "") == (wanted.UsagePlanId ?? "")
        && ReadBack.SameSet(current.AllowOrigins, wanted.AllowOrigins)
        && ReadBack.SameSet(current.AllowHeaders, wanted.AllowHeaders)
        && ReadBack.SameSet(current.ExposeHeaders, wanted.ExposeHeaders)
        && ReadBack.SameSet(current.AllowMethods, wanted.AllowMethods)
        && ReadBack.SameSet(current.ConnectedApiKeys, wanted.ConnectedApiKeys);
}
