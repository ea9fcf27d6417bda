package dev.vigil.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WaiverTest {
    private static final String BUCKET = "arn:aws:s3:::logs-archive";

    @Test
    void matchesByExactCheckResourceGlobAccountAndTags() {
        Waiver w = new Waiver("s3_bucket_versioning_enabled", "arn:aws:s3:::logs-*", "1111*", Map.of("env", "dev*"),
                "accepted", null);
        assertThat(w.matches("s3_bucket_versioning_enabled", BUCKET, "111122223333", Map.of("env", "dev-1"))).isTrue();
        assertThat(w.matches("ec2_volume_encrypted", BUCKET, "111122223333", Map.of("env", "dev-1"))).isFalse();
        assertThat(new Waiver("s3_*", null, null, null, "r", null).matches("s3_bucket_versioning_enabled", BUCKET,
                "1", Map.of())).as("a check id is never a pattern").isFalse();
        assertThat(w.matches("s3_bucket_versioning_enabled", "arn:aws:s3:::data", "111122223333",
                Map.of("env", "dev"))).isFalse();
        assertThat(w.matches("s3_bucket_versioning_enabled", BUCKET, "222233334444", Map.of("env", "dev"))).isFalse();
        assertThat(w.matches("s3_bucket_versioning_enabled", BUCKET, "111122223333", Map.of("env", "prod"))).isFalse();
        assertThat(w.matches("s3_bucket_versioning_enabled", BUCKET, "111122223333", Map.of())).isFalse();
    }

    @Test
    void regexCharactersInPatternsAreLiteral() {
        Waiver w = new Waiver("iam_user_no_inline_policies", "arn:aws:iam::1:user/a.b+c", null, null, "r", null);
        assertThat(w.matches("iam_user_no_inline_policies", "arn:aws:iam::1:user/a.b+c", "1", Map.of())).isTrue();
        assertThat(w.matches("iam_user_no_inline_policies", "arn:aws:iam::1:user/aXbbc", "1", Map.of())).isFalse();
    }

    @Test
    void expiredWaiversAreReportedNotApplied() {
        Waiver old = new Waiver("s3_bucket_versioning_enabled", null, null, null, "until the migration",
                LocalDate.of(2026, 1, 31));
        Waiver open = new Waiver("ec2_volume_encrypted", null, null, null, "lab account", null);
        Waivers waivers = new Waivers(List.of(old, open), LocalDate.of(2026, 2, 1));
        assertThat(waivers.expired()).containsExactly(old);
        assertThat(waivers.match("s3_bucket_versioning_enabled", BUCKET, "1", Map.of())).isEmpty();
        assertThat(waivers.match("ec2_volume_encrypted", "vol", "1", Map.of())).contains(open);
        assertThat(new Waivers(List.of(old), LocalDate.of(2026, 1, 31))
                .match("s3_bucket_versioning_enabled", BUCKET, "1", Map.of())).contains(old);
    }

    @Test
    void aWaiverNeedsACheckAndAReason() {
        assertThatThrownBy(() -> new Waiver("s3_*", null, null, null, " ", null))
                .hasMessageContaining("needs a 'reason'");
        assertThatThrownBy(() -> new Waiver(null, null, null, null, "x", null))
                .hasMessageContaining("needs 'check'");
    }
}
