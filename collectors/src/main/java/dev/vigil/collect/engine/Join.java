package dev.vigil.collect.engine;

/**
 * Attaches to each item the items of another type (listed earlier in the same unit) whose
 * {@code sourceField} equals the item's {@code targetField}: e.g. a VPC's flow logs.
 */
public record Join(String key, String sourceType, String sourceField, String targetField) {
}
