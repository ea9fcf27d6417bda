package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.PublicAccessBlock;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.Locale;
import java.util.Set;

/**
 * S3 Control (REST-XML under {@code /v20180820/}, signed as service {@code s3}): the account-level public access
 * block. The account comes from the {@code x-amz-account-id} header and must be the caller's.
 */
public final class S3Control implements ServiceHandler {
    static final String NS = "xmlns=\"http://awss3control.amazonaws.com/doc/2018-08-20/\"";

    private final SyntheticOrg org;

    public S3Control(SyntheticOrg org) {
        this.org = org;
    }

    static String operation(AwsRequest r) {
        String path = r.path();
        String verb = switch (r.method().toUpperCase(Locale.ROOT)) {
            case "GET" -> "Get";
            case "PUT" -> "Put";
            case "DELETE" -> "Delete";
            default -> "Post";
        };
        if (path.equals("/v20180820/configuration/publicAccessBlock")) {
            return verb + "PublicAccessBlock";
        }
        String[] parts = path.split("/");
        String last = parts.length > 2 ? parts[2] : "unknown";
        return verb + Character.toUpperCase(last.charAt(0)) + last.substring(1);
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("GetPublicAccessBlock");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        String account = request.header("x-amz-account-id");
        if (account == null || !account.equals(request.accountId())) {
            throw new AwsError(403, "AccessDenied", "x-amz-account-id " + account + " is not the caller's account "
                    + request.accountId());
        }
        PublicAccessBlock block = org.resources(account).map(AccountResources::s3AccountBlock).orElse(null);
        XmlWriter x = new XmlWriter();
        publicAccessBlock(x, block, NS, "The public access block configuration was not found");
        return AwsResponse.of(200, "application/xml", x.toString());
    }

    static void publicAccessBlock(XmlWriter x, PublicAccessBlock block, String ns, String notFound) {
        if (block == null) {
            throw new AwsError(404, "NoSuchPublicAccessBlockConfiguration", notFound);
        }
        x.startWith("PublicAccessBlockConfiguration", ns).leaf("BlockPublicAcls", block.blockPublicAcls())
                .leaf("IgnorePublicAcls", block.ignorePublicAcls()).leaf("BlockPublicPolicy", block.blockPublicPolicy())
                .leaf("RestrictPublicBuckets", block.restrictPublicBuckets()).end();
    }
}
