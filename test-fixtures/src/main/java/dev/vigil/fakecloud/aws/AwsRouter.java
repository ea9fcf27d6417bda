package dev.vigil.fakecloud.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.vigil.fakecloud.CallLog;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.fault.FaultKind;
import dev.vigil.fakecloud.fault.Faults;
import dev.vigil.fakecloud.fault.RateLimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP handler: parses a call, finds its service from the SigV4 scope, applies the call log, the
 * read-only rule, the rate limit, faults and latency, then lets the service answer.
 */
public final class AwsRouter implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(AwsRouter.class);

    private final Map<String, Route> routes;
    private final Route s3Control;
    private final CredentialStore credentials;
    private final CallLog calls;
    private final Faults faults;
    private final RateLimiter rateLimiter;
    private final FakeCloudOptions options;
    private final Set<String> enabledRegions;

    public AwsRouter(Map<String, Route> routes, Route s3Control, CredentialStore credentials, CallLog calls,
            Faults faults, FakeCloudOptions options, List<String> enabledRegions) {
        this.routes = Map.copyOf(routes);
        this.s3Control = s3Control;
        this.credentials = credentials;
        this.calls = calls;
        this.faults = faults;
        this.rateLimiter = new RateLimiter(options.requestsPerSecond());
        this.options = options;
        this.enabledRegions = Set.copyOf(enabledRegions);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        AwsResponse response;
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            response = serve(exchange, body, requestId);
        } catch (RuntimeException e) {
            LOG.warn("fake cloud failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            response = AwsResponse.of(500, "text/plain", "fake cloud error: " + e);
        }
        if (response.never()) {
            faults.hung().hold(exchange);
            return;
        }
        write(exchange, response, requestId);
    }

    private AwsResponse serve(HttpExchange exchange, byte[] body, String requestId) {
        Map<String, String> headers = headers(exchange);
        String path = exchange.getRequestURI().getRawPath();
        Optional<CredentialScope> scope = CredentialScope.parse(headers.get("authorization"));
        if (scope.isEmpty()) {
            return AwsResponse.of(403, "text/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ErrorResponse><Error>"
                    + "<Type>Sender</Type><Code>MissingAuthenticationToken</Code><Message>Request is missing a SigV4 "
                    + "Authorization header</Message></Error><RequestId>" + requestId + "</RequestId></ErrorResponse>");
        }
        String service = scope.get().service();
        Route route = "s3".equals(service) && path.startsWith("/v20180820/") ? s3Control : routes.get(service);
        if (route == null) {
            return AwsResponse.of(400, "text/plain", "fake cloud does not serve service '" + service + "'");
        }
        Protocol protocol = route.protocol();
        Optional<Caller> caller = credentials.resolve(scope.get().accessKeyId());
        if (caller.isEmpty()) {
            return protocol.error(protocol.invalidCredentials(), requestId);
        }
        Map<String, String> form = isForm(headers) ? decode(new String(body, StandardCharsets.UTF_8)) : Map.of();
        AwsRequest request = new AwsRequest(exchange.getRequestMethod(), decodePath(path),
                decode(exchange.getRequestURI().getRawQuery()), headers, body, form, service, scope.get().region(),
                caller.get(), requestId);
        try {
            return dispatch(route, request, requestId);
        } catch (AwsError e) {
            return protocol.error(e, requestId);
        }
    }

    private AwsResponse dispatch(Route route, AwsRequest request, String requestId) {
        Protocol protocol = route.protocol();
        String operation = protocol.operation(request);
        String account = request.accountId();
        calls.record(route.name(), operation, account);
        LOG.debug("{}:{} account={} region={}", route.name(), operation, account, request.region());
        if (!route.handler().readOperations().contains(operation)) {
            calls.recordMutating(route.name(), operation, account, request.region());
            throw protocol.accessDenied(request, operation);
        }
        if (!rateLimiter.tryAcquire(System.currentTimeMillis())) {
            calls.recordFault();
            throw protocol.throttled();
        }
        Optional<FaultKind> fault = faults.match(account, request.region(), route.name(), operation);
        sleep();
        if (fault.isPresent()) {
            calls.recordFault();
            switch (fault.get()) {
                case ACCESS_DENIED -> throw protocol.accessDenied(request, operation);
                case THROTTLE -> throw protocol.throttled();
                case SERVER_ERROR -> throw protocol.serverError();
                case HANG -> {
                    return AwsResponse.NONE;
                }
                default -> {
                    // TRUNCATED_BODY: answer, then cut the body below
                }
            }
        }
        if (route.regional() && !enabledRegions.contains(request.region())) {
            throw protocol.regionNotEnabled(request.region());
        }
        AwsResponse response = route.handler().handle(request, operation);
        return fault.isPresent() ? response.truncated() : response;
    }

    private void sleep() {
        if (options.latencyMillis() > 0) {
            try {
                Thread.sleep(options.latencyMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void write(HttpExchange exchange, AwsResponse response, String requestId) throws IOException {
        var out = exchange.getResponseHeaders();
        out.set("Content-Type", response.contentType());
        out.set("x-amzn-RequestId", requestId);
        out.set("x-amz-request-id", requestId);
        response.headers().forEach(out::set);
        boolean noBody = response.body().length == 0 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
        if (!noBody) {
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(response.body());
            }
        }
        exchange.close();
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> {
            if (!v.isEmpty()) {
                headers.put(k.toLowerCase(Locale.ROOT), v.get(0));
            }
        });
        return headers;
    }

    private static boolean isForm(Map<String, String> headers) {
        String type = headers.get("content-type");
        return type != null && type.startsWith("application/x-www-form-urlencoded");
    }

    private static String decodePath(String rawPath) {
        return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> params = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(key, value);
        }
        return params;
    }
}
