package dev.vigil.fakecloud.aws;

import java.util.List;
import java.util.Locale;

/** Names S3 REST calls after their API operation from method, path-style path and sub-resource query. */
final class S3Operations {
    private static final List<String> SUBRESOURCES = List.of("location", "encryption", "publicAccessBlock", "policy",
            "policyStatus", "acl", "versioning", "logging", "tagging", "cors", "lifecycle", "website", "replication",
            "notification", "ownershipControls", "object-lock", "requestPayment", "accelerate", "uploads", "delete");

    private S3Operations() {
    }

    static String operation(AwsRequest r) {
        String path = r.path();
        String method = r.method().toUpperCase(Locale.ROOT);
        if (path.equals("/") || path.isEmpty()) {
            return method.equals("GET") ? "ListBuckets" : method + "Service";
        }
        String rest = path.substring(1);
        int slash = rest.indexOf('/');
        boolean object = slash >= 0 && slash < rest.length() - 1;
        if (object) {
            return switch (method) {
                case "GET" -> "GetObject";
                case "HEAD" -> "HeadObject";
                case "PUT" -> "PutObject";
                case "DELETE" -> "DeleteObject";
                default -> "PostObject";
            };
        }
        String sub = SUBRESOURCES.stream().filter(r.query()::containsKey).findFirst().orElse(null);
        if (sub == null) {
            return switch (method) {
                case "GET" -> "ListObjects";
                case "HEAD" -> "HeadBucket";
                case "PUT" -> "CreateBucket";
                case "DELETE" -> "DeleteBucket";
                default -> "PostBucket";
            };
        }
        String verb = switch (method) {
            case "GET" -> "Get";
            case "PUT" -> "Put";
            case "DELETE" -> "Delete";
            default -> "Post";
        };
        return switch (sub) {
            case "location" -> verb + "BucketLocation";
            case "publicAccessBlock" -> verb + "PublicAccessBlock";
            case "delete" -> "DeleteObjects";
            case "uploads" -> verb + "MultipartUploads";
            default -> verb + "Bucket" + Character.toUpperCase(sub.charAt(0)) + sub.substring(1).replace("-", "");
        };
    }

    /** The bucket a path-style path names; null for the service root. */
    static String bucket(AwsRequest r) {
        String rest = r.path().startsWith("/") ? r.path().substring(1) : r.path();
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        return bucket.isEmpty() ? null : bucket;
    }
}
