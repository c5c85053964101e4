using Pulumi.ScpGateway.Scp.Http;

namespace Pulumi.ScpGateway.Tests.Scp;

public class SignRequestTests
{
    [Fact]
    public void Documented_test_vector_gives_the_documented_signature()
    {
        var signature = SignRequest.Signature(
            "GET", "https://apigateway.kr-west1.e.samsungsdscloud.com/v1/apis?page=0&size=20",
            1605290625682, "MYACCESSKEY", "", "MYSECRETKEY");

        Assert.Equal("QcbukLJU1YYZXmogExNeESDSaaes2hMQRP8sZRMuWNU=", signature);
    }

    [Fact]
    public void String_to_sign_is_method_url_timestamp_access_key_account_and_client_type()
    {
        var text = SignRequest.StringToSign("get", "https://h/v1/apis", 42, "AK", "ACC");

        Assert.Equal("GEThttps://h/v1/apis42AKACCOpenapi", text);
    }

    [Fact]
    public void Account_id_changes_the_signature()
    {
        var without = SignRequest.Signature("GET", "https://h/v1/apis", 1, "AK", "", "SK");
        var with = SignRequest.Signature("GET", "https://h/v1/apis", 1, "AK", "acc-1", "SK");

        Assert.NotEqual(without, with);
    }

    [Fact]
    public void Query_keys_are_sorted_and_values_form_escaped()
    {
        var uri = ScpUrl.Compose(new Uri("https://h.example/"), "/v1/apis",
            [new("size", "20"), new("name", "my api/ü"), new("page", "0"), new("sort", "created_at:desc")]);

        Assert.Equal("https://h.example/v1/apis?name=my+api%2F%C3%BC&page=0&size=20&sort=created_at%3Adesc", uri.AbsoluteUri);
    }

    [Fact]
    public void Path_parameters_are_percent_escaped_and_empty_ones_rejected()
    {
        Assert.Equal("/v1/apis/a%2Fb%20c/stages/dev", ScpUrl.Path("/v1/apis/{api_id}/stages/{stage_name}", "a/b c", "dev"));
        var error = Assert.Throws<ArgumentException>(() => ScpUrl.Path("/v1/apis/{api_id}", ""));
        Assert.Contains("api_id", error.Message);
    }

    [Fact]
    public void Base_url_with_a_path_prefix_keeps_the_prefix()
    {
        var uri = ScpUrl.Compose(new Uri("http://127.0.0.1:8080/proxy/"), "/v1/queues", []);

        Assert.Equal("http://127.0.0.1:8080/proxy/v1/queues", uri.AbsoluteUri);
    }
}
