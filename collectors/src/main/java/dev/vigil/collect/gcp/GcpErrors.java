package dev.vigil.collect.gcp;

import com.google.api.gax.rpc.ApiException;
import dev.vigil.collect.resilience.CircuitOpenException;
import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.SnapshotWriter;
import dev.vigil.snapshot.UnknownInput;

/** Google API failures as snapshot gaps: the canonical status code and the service's own message. */
final class GcpErrors {
    private GcpErrors() {
    }

    static Gap gap(String account, String service, String operation, RuntimeException e) {
        String code = e instanceof ApiException api ? api.getStatusCode().getCode().name()
                : e instanceof CircuitOpenException ? CircuitOpenException.CODE : e.getClass().getSimpleName();
        String message = e.getMessage() == null ? code : e.getMessage();
        return new Gap("gcp", account, Gap.GLOBAL, service, operation, code, message, SnapshotWriter.now());
    }

    /** The attribute (or org tree key) the failed call of {@code gap} left unread. */
    static UnknownInput unknown(String attribute, Gap gap) {
        return new UnknownInput(attribute, gap.service(), gap.operation(), gap.errorCode());
    }
}
