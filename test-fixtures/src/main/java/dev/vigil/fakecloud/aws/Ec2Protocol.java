package dev.vigil.fakecloud.aws;

/** EC2's own Query dialect: form-encoded {@code Action}, XML without a result wrapper, {@code <Response><Errors>}. */
public final class Ec2Protocol implements Protocol {
    static final String NAMESPACE = "http://ec2.amazonaws.com/doc/2016-11-15/";

    @Override
    public String operation(AwsRequest request) {
        String action = request.form().get("Action");
        if (action == null) {
            throw new AwsError(400, "MissingAction", "The request must contain the parameter Action");
        }
        return action;
    }

    public AwsResponse respond(String operation, String requestId, java.util.function.Consumer<XmlWriter> body) {
        XmlWriter xml = new XmlWriter();
        xml.startWith(operation + "Response", "xmlns=\"" + NAMESPACE + "\"");
        xml.leaf("requestId", requestId);
        body.accept(xml);
        xml.end();
        return AwsResponse.xml(xml.toString());
    }

    @Override
    public AwsResponse error(AwsError error, String requestId) {
        XmlWriter xml = new XmlWriter();
        xml.start("Response").start("Errors").start("Error").leaf("Code", error.code())
                .leaf("Message", error.getMessage()).end().end().leaf("RequestID", requestId).end();
        return AwsResponse.of(error.status(), "text/xml", xml.toString());
    }

    @Override
    public AwsError accessDenied(AwsRequest request, String action) {
        return new AwsError(403, "UnauthorizedOperation", "You are not authorized to perform this operation. User: "
                + request.caller().arn() + " is not authorized to perform: ec2:" + action);
    }

    @Override
    public AwsError throttled() {
        return new AwsError(503, "RequestLimitExceeded", "Request limit exceeded.");
    }

    @Override
    public AwsError serverError() {
        return new AwsError(500, "InternalError", "An internal error has occurred");
    }

    @Override
    public AwsError invalidCredentials() {
        return new AwsError(403, "AuthFailure", "AWS was not able to validate the provided access credentials");
    }

    @Override
    public AwsError regionNotEnabled(String region) {
        return new AwsError(403, "AuthFailure", "AWS was not able to validate the provided access credentials "
                + "(region " + region + " is not enabled for this account)");
    }
}
