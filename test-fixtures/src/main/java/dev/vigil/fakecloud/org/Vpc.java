package dev.vigil.fakecloud.org;

import java.util.Map;

public record Vpc(String id, String cidr, boolean isDefault, Map<String, String> tags) {
}
