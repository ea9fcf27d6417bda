package dev.vigil.collect.engine;

import java.util.regex.Pattern;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * S3 Control puts the account id in front of the host ({@code 111122223333.127.0.0.1}), which cannot
 * resolve for a loopback endpoint; the account also travels in {@code x-amz-account-id}, so the prefix is
 * dropped for loopback hosts only. Real AWS hosts are left alone.
 */
final class LoopbackHostInterceptor implements ExecutionInterceptor {
    private static final Pattern PREFIXED_LOOPBACK = Pattern.compile("^\\d{12}\\.(127\\.0\\.0\\.1|localhost)$");

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        SdkHttpRequest request = context.httpRequest();
        if (PREFIXED_LOOPBACK.matcher(request.host()).matches()) {
            return request.toBuilder().host(request.host().substring(13)).build();
        }
        return request;
    }
}
