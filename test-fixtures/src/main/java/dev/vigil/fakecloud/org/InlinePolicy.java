package dev.vigil.fakecloud.org;

/** An inline policy: name and JSON document. */
public record InlinePolicy(String name, String document) {
}
