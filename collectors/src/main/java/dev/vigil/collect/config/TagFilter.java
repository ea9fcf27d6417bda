package dev.vigil.collect.config;

import java.util.Map;

/**
 * Account tag filters: an account is included when it has any of the {@code include} tags (none listed =
 * all accounts) and none of the {@code exclude} tags. A value of {@code "*"} matches any value.
 */
public record TagFilter(Map<String, String> include, Map<String, String> exclude) {
    public static final TagFilter ALL = new TagFilter(Map.of(), Map.of());

    public TagFilter {
        include = include == null ? Map.of() : Map.copyOf(include);
        exclude = exclude == null ? Map.of() : Map.copyOf(exclude);
    }

    static boolean matchesAny(Map<String, String> wanted, Map<String, String> tags) {
        for (var e : wanted.entrySet()) {
            String value = tags.get(e.getKey());
            if (value != null && ("*".equals(e.getValue()) || e.getValue().equals(value))) {
                return true;
            }
        }
        return false;
    }

    public boolean includes(Map<String, String> tags) {
        return include.isEmpty() || matchesAny(include, tags);
    }

    public boolean excludes(Map<String, String> tags) {
        return matchesAny(exclude, tags);
    }
}
