package dev.vigil.collect.engine;

/**
 * One SDK operation the collectors call, with the IAM action that allows it.
 *
 * @param service   our service key (iam, s3, s3control, ec2, ...), as in {@link AwsService#key()}
 * @param name      the API operation name, as the SDK reports it ({@code DescribeVpcs})
 * @param iamAction the permission it needs ({@code ec2:DescribeVpcs})
 */
public record Operation(String service, String name, String iamAction) {
    public static Operation of(String service, String name) {
        return new Operation(service, name, iamPrefix(service) + ":" + name);
    }

    public static Operation of(String service, String name, String iamAction) {
        return new Operation(service, name, iamAction);
    }

    private static String iamPrefix(String service) {
        return switch (service) {
            case "s3control" -> "s3";
            case "tagging" -> "tag";
            default -> service;
        };
    }

    public String key() {
        return service + ":" + name;
    }
}
