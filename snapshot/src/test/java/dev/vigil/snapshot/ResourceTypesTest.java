package dev.vigil.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ResourceTypesTest {
    @Test
    void theRegistryIsExactlyTheTypesDocumentedInTheSnapshotFormat() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "snapshot.md"));
        Matcher row = Pattern.compile("(?m)^\\| `((?:aws|gcp|azure)\\.[a-z0-9_.]+)` \\|").matcher(doc);
        Set<String> documented = new TreeSet<>();
        while (row.find()) {
            documented.add(row.group(1));
        }
        assertThat(documented).isEqualTo(new TreeSet<>(ResourceTypes.COLLECTED));
    }

    @Test
    void accountsAreKnownAndErrorsListTheProvidersTypes() {
        assertThat(ResourceTypes.known("aws.account")).isTrue();
        assertThat(ResourceTypes.known("aws.s3.buckets")).isFalse();
        assertThat(ResourceTypes.ofProviderOf("gcp.nope")).allMatch(t -> t.startsWith("gcp."));
    }
}
