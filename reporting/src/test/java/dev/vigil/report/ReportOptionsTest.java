package dev.vigil.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ReportOptionsTest {

    @Test
    void defaultsAreGithubsLimitsAndEveryFormat() {
        ReportOptions o = ReportOptions.defaults();
        assertThat(o.formats()).isEqualTo(EnumSet.allOf(ReportFormat.class));
        assertThat(o.sarifMaxResultsPerRun()).isEqualTo(25_000);
        assertThat(o.sarifMaxGzipBytes()).isEqualTo(10_000_000L);
        assertThat(o.artifactUriPrefix()).isEmpty();
    }

    @Test
    void rejectsLimitsThatCannotWork() {
        assertThatThrownBy(() -> ReportOptions.defaults().withSarifLimits(0, 10_000_000))
                .hasMessageContaining("sarifMaxResultsPerRun");
        assertThatThrownBy(() -> ReportOptions.defaults().withSarifLimits(10, 1000))
                .hasMessageContaining("sarifMaxGzipBytes");
    }

    @Test
    void prefixGetsATrailingSlash() {
        assertThat(ReportOptions.defaults().withArtifactUriPrefix("vigil-out").artifactUriPrefix()).isEqualTo("vigil-out/");
    }

    @Test
    void parsesFormatLists() {
        assertThat(ReportFormat.parseList("sarif, CSV")).containsExactly(ReportFormat.SARIF, ReportFormat.CSV);
        assertThat(ReportFormat.parseList("all")).isEqualTo(EnumSet.allOf(ReportFormat.class));
        assertThatThrownBy(() -> ReportFormat.parseList("sarif,pdf")).hasMessage(
                "unknown report format 'pdf' (expected json, sarif, csv, html or all)");
        assertThatThrownBy(() -> ReportFormat.parseList(" , ")).hasMessageContaining("no report format");
    }
}
