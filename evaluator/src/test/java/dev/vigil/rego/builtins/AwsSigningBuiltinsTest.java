package dev.vigil.rego.builtins;

import static dev.vigil.rego.builtins.TestContexts.call;
import static dev.vigil.rego.builtins.TestValues.json;
import static dev.vigil.rego.builtins.TestValues.n;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Expected signatures from OPA's providers-aws conformance cases. */
class AwsSigningBuiltinsTest {
  private static final String CONFIG = "{\"aws_access_key\":\"MYAWSACCESSKEYGOESHERE\","
      + "\"aws_secret_access_key\":\"MYAWSSECRETACCESSKEYGOESHERE\",\"aws_service\":\"s3\",\"aws_region\":\"us-east-1\"";

  @Test
  void signsLikeOpa() {
    assertThat(call("providers.aws.sign_req", json("{\"method\":\"get\",\"url\":\"http://example.com\"}"),
        json(CONFIG + "}"), n(1451311705000000000L)))
        .isEqualTo(json("{\"headers\":{\"Authorization\":\"AWS4-HMAC-SHA256 Credential=MYAWSACCESSKEYGOESHERE/20151228/us-east-1/s3/aws4_request,"
            + "SignedHeaders=host;x-amz-content-sha256;x-amz-date,Signature=0047a7016c81e5c7f29cd522f97e911e04fc472fced0aee7916cbc287ad6c8e3\","
            + "\"host\":\"example.com\",\"x-amz-content-sha256\":\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\","
            + "\"x-amz-date\":\"20151228T140825Z\"},\"method\":\"get\",\"url\":\"http://example.com\"}"));
    String withToken = CONFIG + ",\"aws_session_token\":\"MYAWSSECURITYTOKENGOESHERE\"}";
    assertThat(call("providers.aws.sign_req", json("{\"method\":\"get\",\"url\":\"http://example.com\"}"),
        json(withToken), n(1451311705000000000L)).toString())
        .contains("Signature=23c31bda8a74630c0a94f6b82a3511e7e74728df98e6f54ed0840488dbbdc8d1");
  }

  @Test
  void validatesInputs() {
    assertThatThrownBy(() -> call("providers.aws.sign_req", json("{}"), json(CONFIG + "}"), n(1)))
        .hasMessage("operand 1 missing required request parameters(s): {\"method\", \"url\"}");
    assertThatThrownBy(() -> call("providers.aws.sign_req", json("{}"), json("{}"), n(1)))
        .hasMessage("operand 2 missing required AWS config parameters(s): {\"aws_access_key\", \"aws_region\", \"aws_secret_access_key\", \"aws_service\"}");
  }
}
