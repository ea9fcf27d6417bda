package dev.vigil.cli.evaluate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The evaluation part of {@code vigil.yaml}: which policies, their settings, and the waivers.
 *
 * <pre>
 * policies:
 *   dir: ./my-policies            # default: the built-in library
 *   checks: [s3_bucket_policy_not_public]   # default: all
 *   settings:                     # handed to policies as data.vigil.config (PolicySettings)
 *     required_tags: {app: [], env: [prod, dev]}
 *     spend_growth_percent: 30
 *   waiver_max_days: 365          # the furthest a waiver may expire, from today
 *   timeout: 10s                  # one policy on one resource (default 10s)
 *   budget: 30m                   # the whole evaluation (default: none)
 * waivers:
 *   - check: s3_bucket_access_logging_enabled
 *     resource: "arn:aws:s3:::public-website-*"
 *     reason: static website buckets log through CloudFront
 *     expires: 2027-03-31
 * </pre>
 */
public record EvaluationConfig(PolicySection policies, List<WaiverEntry> waivers) {

    public EvaluationConfig {
        policies = policies == null ? new PolicySection(null, null, null, null, null, null) : policies;
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
    }

    public static EvaluationConfig empty() {
        return new EvaluationConfig(null, null);
    }

    /**
     * @param waiverMaxDays the furthest a waiver's {@code expires} may lie from today (default 365)
     * @param timeout       one policy on one resource (default 10s)
     * @param budget        the whole evaluation (default: none)
     */
    public record PolicySection(String dir, List<String> checks, PolicySettings settings, Integer waiverMaxDays,
                                Duration timeout, Duration budget) {
        public static final int DEFAULT_WAIVER_MAX_DAYS = 365;

        public PolicySection {
            checks = checks == null ? List.of() : List.copyOf(checks);
            settings = settings == null ? PolicySettings.none() : settings;
            waiverMaxDays = waiverMaxDays == null ? DEFAULT_WAIVER_MAX_DAYS : waiverMaxDays;
        }
    }

    /** One waiver as written; {@code expires} is a YYYY-MM-DD day, the last one it applies. */
    public record WaiverEntry(String check, String resource, String account, Map<String, String> tags,
                              String reason, String expires) {
    }
}
