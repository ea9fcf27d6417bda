package dev.vigil.fakecloud.gcp;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The OAuth access tokens the fake has issued, and to whom. */
public final class GcpTokens {
    static final String CLIENT_ID = "vigil-fake-client.apps.googleusercontent.com";
    public static final String CLIENT_SECRET = "fake-client-secret";
    public static final String REFRESH_TOKEN = "1//fake-refresh-token";

    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> principals = new ConcurrentHashMap<>();
    private final List<String> impersonated = new CopyOnWriteArrayList<>();

    String issue(String principal) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = "ya29.fake-" + HexFormat.of().formatHex(bytes);
        principals.put(token, principal);
        return token;
    }

    String impersonate(String serviceAccount) {
        impersonated.add(serviceAccount);
        return issue("serviceAccount:" + serviceAccount);
    }

    /** The principal of a {@code Bearer} header, or null when the token is not one the fake issued. */
    String principal(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        return principals.get(authorization.substring("Bearer ".length()).strip());
    }

    List<String> impersonated() {
        return List.copyOf(impersonated);
    }
}
