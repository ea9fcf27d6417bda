package dev.vigil.fakecloud.aws;

import java.util.List;

/**
 * One page of a list. Tokens are opaque to clients ({@code fake-page-<offset>}); a token that does not parse is
 * the caller's error.
 *
 * @param next null on the last page
 */
public record Page<T>(List<T> items, String next) {
    private static final String PREFIX = "fake-page-";

    public static <T> Page<T> of(List<T> all, String token, Integer requested, int maxPageSize, String errorCode) {
        int offset = 0;
        if (token != null && !token.isEmpty()) {
            try {
                if (!token.startsWith(PREFIX)) {
                    throw new NumberFormatException(token);
                }
                offset = Integer.parseInt(token.substring(PREFIX.length()));
            } catch (NumberFormatException e) {
                throw new AwsError(400, errorCode, "Invalid pagination token: " + token);
            }
            if (offset < 0 || offset > all.size()) {
                throw new AwsError(400, errorCode, "Invalid pagination token: " + token);
            }
        }
        int size = requested == null || requested <= 0 ? maxPageSize : Math.min(requested, maxPageSize);
        int end = Math.min(all.size(), offset + size);
        return new Page<>(all.subList(offset, end), end < all.size() ? PREFIX + end : null);
    }

    public static Integer intParam(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new AwsError(400, "InvalidParameterValue", "Not a number: " + value);
        }
    }
}
