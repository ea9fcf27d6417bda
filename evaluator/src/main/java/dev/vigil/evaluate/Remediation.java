package dev.vigil.evaluate;

/** How to fix a failing check: prose, a CLI snippet, a Terraform snippet and a reference URL. */
public record Remediation(String text, String cli, String terraform, String url) {
    public static final Remediation NONE = new Remediation("", "", "", "");
}
