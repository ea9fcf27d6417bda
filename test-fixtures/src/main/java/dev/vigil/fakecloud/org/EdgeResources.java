package dev.vigil.fakecloud.org;

import java.util.List;

/** An account's global edge resources (CloudFront), kept with its home region. */
public record EdgeResources(List<Distribution> distributions) {
    public static final EdgeResources NONE = new EdgeResources(List.of());
}
