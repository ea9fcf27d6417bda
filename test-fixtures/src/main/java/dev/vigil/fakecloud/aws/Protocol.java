package dev.vigil.fakecloud.aws;

/** A wire protocol: how operations are named in a request and how errors look in a response. */
public interface Protocol {

    /** The operation a request calls. */
    String operation(AwsRequest request);

    AwsResponse error(AwsError error, String requestId);

    AwsError accessDenied(AwsRequest request, String action);

    AwsError throttled();

    AwsError serverError();

    AwsError invalidCredentials();

    /** The error for a regional call in a region that is not enabled for the account. */
    AwsError regionNotEnabled(String region);
}
