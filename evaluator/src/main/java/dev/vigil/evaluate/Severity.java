package dev.vigil.evaluate;

import java.util.Locale;

/** Finding severity, ordered from most to least severe, with GitHub's security-severity score. */
public enum Severity {
    CRITICAL("9.5"),
    HIGH("8.0"),
    MEDIUM("5.5"),
    LOW("3.0"),
    INFO("0.5");

    private final String securitySeverity;

    Severity(String securitySeverity) {
        this.securitySeverity = securitySeverity;
    }

    /** The score GitHub code scanning reads from {@code properties.security-severity}. */
    public String securitySeverity() {
        return securitySeverity;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown severity '" + text
                    + "' (expected critical, high, medium, low or info)");
        }
    }
}
