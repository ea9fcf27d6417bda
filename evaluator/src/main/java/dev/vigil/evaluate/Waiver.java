package dev.vigil.evaluate;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An accepted risk: FAIL findings it matches become MUTED (kept in every report), until it expires.
 *
 * @param check    check id (exactly; vigil.yaml refuses wildcards)
 * @param resource glob on the resource uid ({@code *} matches any run of characters), or null for any
 * @param account  account / project / subscription id or glob, or null for any
 * @param tags     every tag listed must be on the resource with this value ({@code *} = any value)
 * @param expires  last day the waiver applies (inclusive), or null for never
 */
public record Waiver(String check, String resource, String account, Map<String, String> tags,
                     String reason, LocalDate expires) {

    public Waiver {
        if (check == null || check.isBlank()) {
            throw new IllegalArgumentException("a waiver needs 'check'");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("the waiver for '" + check + "' needs a 'reason'");
        }
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    public boolean expiredOn(LocalDate day) {
        return expires != null && day.isAfter(expires);
    }

    public boolean matches(String checkId, String resourceUid, String accountUid, Map<String, String> resourceTags) {
        if (!check.equals(checkId)) {
            return false;
        }
        if (resource != null && !glob(resource, resourceUid)) {
            return false;
        }
        if (account != null && !glob(account, accountUid)) {
            return false;
        }
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            String actual = resourceTags.get(tag.getKey());
            if (actual == null || !glob(tag.getValue(), actual)) {
                return false;
            }
        }
        return true;
    }

    private static boolean glob(String pattern, String value) {
        if (value == null) {
            return false;
        }
        if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
            return pattern.equals(value);
        }
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("(?=[*?])|(?<=[*?])")) {
            switch (part) {
                case "*" -> regex.append(".*");
                case "?" -> regex.append('.');
                default -> regex.append(Pattern.quote(part));
            }
        }
        return Pattern.matches(regex.toString(), value);
    }
}
