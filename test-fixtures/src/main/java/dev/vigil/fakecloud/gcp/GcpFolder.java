package dev.vigil.fakecloud.gcp;

/** A folder as Resource Manager v3 lists it ({@code name} = {@code folders/<n>}). */
public record GcpFolder(String name, String displayName, String parent) {
}
