package dev.vigil.collect;

import dev.vigil.collect.config.VigilConfig;
import dev.vigil.collect.engine.CallListener;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Everything a collection run needs besides the snapshot it writes.
 *
 * @param environment      the process environment (for {@code AWS_ENDPOINT_URL_<SERVICE>})
 * @param maxTargets       collect at most this many targets in this run (0 = all); the rest stay PENDING
 *                         for {@code --resume}
 * @param reportPollMillis wait between credential-report generation polls
 */
public record CollectOptions(
        VigilConfig config,
        AwsCredentialsProvider baseCredentials,
        Map<String, String> environment,
        CallListener callListener,
        List<ExecutionInterceptor> extraInterceptors,
        ProgressListener progress,
        int maxTargets,
        Clock clock,
        long reportPollMillis) {

    public static CollectOptions of(VigilConfig config, AwsCredentialsProvider credentials) {
        return new CollectOptions(config, credentials, System.getenv(), CallListener.NONE, List.of(),
                ProgressListener.NONE, 0, Clock.systemUTC(), 500);
    }

    public CollectOptions withCallListener(CallListener l) {
        return new CollectOptions(config, baseCredentials, environment, l, extraInterceptors, progress, maxTargets,
                clock, reportPollMillis);
    }

    public CollectOptions withInterceptors(List<ExecutionInterceptor> i) {
        return new CollectOptions(config, baseCredentials, environment, callListener, i, progress, maxTargets, clock,
                reportPollMillis);
    }

    public CollectOptions withProgress(ProgressListener p) {
        return new CollectOptions(config, baseCredentials, environment, callListener, extraInterceptors, p, maxTargets,
                clock, reportPollMillis);
    }

    public CollectOptions withMaxTargets(int m) {
        return new CollectOptions(config, baseCredentials, environment, callListener, extraInterceptors, progress, m,
                clock, reportPollMillis);
    }

    public CollectOptions withEnvironment(Map<String, String> env) {
        return new CollectOptions(config, baseCredentials, env, callListener, extraInterceptors, progress, maxTargets,
                clock, reportPollMillis);
    }
}
