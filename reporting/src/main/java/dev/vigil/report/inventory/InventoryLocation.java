package dev.vigil.report.inventory;

/**
 * Where a resource sits in its inventory file.
 *
 * @param path       relative to the report directory, with forward slashes
 * @param line       1-based line of the resource's object
 * @param lineLength length of that line in UTF-16 code units (SARIF's default column unit)
 */
public record InventoryLocation(String path, int line, int lineLength) {}
