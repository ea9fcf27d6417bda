package dev.vigil.collect.aws;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The IAM credential report CSV, one row per user keyed by the {@code user} column (root: {@code <root_account>}). */
public final class CredentialReport {
    public static final String ROOT = "<root_account>";

    private CredentialReport() {}

    public static Map<String, ObjectNode> parse(String csv) {
        Map<String, ObjectNode> rows = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            for (CSVRecord record : parser) {
                ObjectNode row = JsonNodeFactory.instance.objectNode();
                record.toMap().forEach(row::put);
                rows.put(record.get("user"), row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
