package dev.vigil.fakecloud.org;

public record FlowLog(String id, String resourceId, String logGroupName) {
}
