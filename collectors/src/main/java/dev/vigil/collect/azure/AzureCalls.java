package dev.vigil.collect.azure;

import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.UnknownInput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** The calls of one Azure target (a subscription, a tenant's directory): each failed one is a gap of that target. */
final class AzureCalls {
    private final String account;
    private final List<Gap> gaps = Collections.synchronizedList(new ArrayList<>());

    AzureCalls(String account) {
        this.account = account;
    }

    List<Gap> gaps() {
        synchronized (gaps) {
            return List.copyOf(gaps);
        }
    }

    /**
     * The call's answer, or null after recording its gap: naming {@code types} when it would have listed them,
     * and adding {@code attribute} to {@code unknown} (once) when it would have filled that attribute.
     */
    <T> T call(String service, String operation, Supplier<T> call, List<String> types, String attribute,
               List<UnknownInput> unknown) {
        try {
            return call.get();
        } catch (ArmException e) {
            Gap gap = AzureDiscovery.gap(account, service, operation, e).withResourceTypes(types);
            gaps.add(gap);
            if (attribute != null && unknown.stream().noneMatch(u -> u.attribute().equals(attribute))) {
                unknown.add(new UnknownInput(attribute, service, operation, gap.errorCode()));
            }
            return null;
        }
    }
}
