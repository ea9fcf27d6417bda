package dev.vigil.fakecloud.aws;

import java.util.Set;

/** Serves the read operations of one service; every other operation is refused as mutating. */
public interface ServiceHandler {

    Set<String> readOperations();

    AwsResponse handle(AwsRequest request, String operation);
}
