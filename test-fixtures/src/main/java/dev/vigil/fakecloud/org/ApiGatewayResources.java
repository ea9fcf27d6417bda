package dev.vigil.fakecloud.org;

import java.util.List;

/** The API Gateway REST APIs, HTTP APIs and custom domain names of one region. */
public record ApiGatewayResources(List<RestApi> restApis, List<HttpApi> httpApis, List<ApiDomain> domains) {
    public static final ApiGatewayResources NONE = new ApiGatewayResources(List.of(), List.of(), List.of());

    /**
     * A REST API and its stages.
     *
     * @param endpointType REGIONAL, EDGE or PRIVATE
     */
    public record RestApi(String id, String name, String endpointType, List<Stage> stages) {
        public String arn(String region) {
            return "arn:aws:apigateway:" + region + "::/restapis/" + id;
        }
    }

    /**
     * A REST API stage.
     *
     * @param loggingLevel the {@code * / *} method setting's execution logging level (OFF, ERROR, INFO)
     * @param webAclArn    null when no web ACL is associated
     * @param clientCertificateId null when the stage presents no client certificate to its backends
     */
    public record Stage(String name, boolean accessLogs, String loggingLevel, String webAclArn,
            String clientCertificateId) {
    }

    /** An HTTP API with its stages ({@code accessLogs} per stage name) and routes. */
    public record HttpApi(String id, String name, List<String> stages, List<String> unloggedStages, List<Route> routes) {
        public String arn(String region) {
            return "arn:aws:apigateway:" + region + "::/apis/" + id;
        }
    }

    /** @param authorizationType NONE, AWS_IAM, JWT or CUSTOM */
    public record Route(String id, String key, String authorizationType) {
    }

    /** @param securityPolicy TLS_1_0 or TLS_1_2 */
    public record ApiDomain(String name, String securityPolicy) {
        public String arn(String region) {
            return "arn:aws:apigateway:" + region + "::/domainnames/" + name;
        }
    }
}
