using System.Net;
using Pulumi.ScpGateway.Scp;

namespace Pulumi.ScpGateway.IntegrationTests.ScpClient;

/// <summary>What a user reads when an SCP call fails: operation, status, SCP's words, a hint, no secret.</summary>
public static class ScpAssert
{
    public static async Task<ScpApiException> FailsAsync(HttpStatusCode status, string operation, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<ScpApiException>(call);
        Assert.True(error.StatusCode == status, $"expected HTTP {(int)status}, got: {error.Message}");
        Assert.Equal(operation, error.Operation);
        Assert.StartsWith(operation + " failed: HTTP " + (int)status, error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Hint));
        Assert.Contains(error.Hint, error.Message, StringComparison.Ordinal);
        NoSecret(error);
        return error;
    }

    public static async Task<ScpApiException> NotFoundAsync(string operation, Func<Task> call)
    {
        var error = await FailsAsync(HttpStatusCode.NotFound, operation, call);
        Assert.True(error.IsNotFound);
        return error;
    }

    public static async Task<ScpApiException> ConflictAsync(string operation, string detail, Func<Task> call)
    {
        var error = await FailsAsync(HttpStatusCode.Conflict, operation, call);
        Assert.True(error.IsConflict);
        Assert.Contains(detail, error.Message, StringComparison.Ordinal);
        return error;
    }

    /// <summary>A 400 whose message carries the emulator's own field text.</summary>
    public static async Task<ScpApiException> InvalidAsync(string operation, string detail, Func<Task> call)
    {
        var error = await FailsAsync(HttpStatusCode.BadRequest, operation, call);
        Assert.Contains(detail, error.Message, StringComparison.Ordinal);
        return error;
    }

    /// <summary>The emulator's keys (and any inner exception's text) never reach a message.</summary>
    public static void NoSecret(Exception error, params string[] more)
    {
        string[] secrets = [Pulumi.ScpGateway.ScpEmulator.EmulatorOptions.DefaultSecretKey, .. more];
        for (var e = error; e is not null; e = e.InnerException)
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, e.Message, StringComparison.Ordinal);
                Assert.DoesNotContain(secret, e.ToString(), StringComparison.Ordinal);
            }
        }
    }
}
