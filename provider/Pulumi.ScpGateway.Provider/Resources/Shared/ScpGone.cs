using Pulumi.ScpGateway.Scp;

namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>SCP's 404 read as "the object is gone": null on Read, success on Delete.</summary>
public static class ScpGone
{
    /// <summary>The answer of <paramref name="call"/>, or null when SCP says the object (or its parent) does not exist.</summary>
    public static async Task<T?> OrNullAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ScpApiException error) when (error.IsNotFound)
        {
            return default;
        }
    }

    /// <summary>Runs a delete; a 404 means someone already removed it, which is what was wanted.</summary>
    public static async Task DeleteAsync(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (ScpApiException error) when (error.IsNotFound)
        {
        }
    }
}
