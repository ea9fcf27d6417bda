package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.org.AccessKey;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.IamAccount;
import dev.vigil.fakecloud.org.IamUser;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The IAM credential report CSV with the real column set. */
final class CredentialReport {
    static final List<String> COLUMNS = List.of("user", "arn", "user_creation_time", "password_enabled",
            "password_last_used", "password_last_changed", "password_next_rotation", "mfa_active",
            "access_key_1_active", "access_key_1_last_rotated", "access_key_1_last_used_date",
            "access_key_1_last_used_region", "access_key_1_last_used_service", "access_key_2_active",
            "access_key_2_last_rotated", "access_key_2_last_used_date", "access_key_2_last_used_region",
            "access_key_2_last_used_service", "cert_1_active", "cert_1_last_rotated", "cert_2_active",
            "cert_2_last_rotated");
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

    private CredentialReport() {
    }

    static String csv(AccountResources r, String homeRegion) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        IamAccount root = r.iam();
        List<String> row = new ArrayList<>(List.of("<root_account>", "arn:aws:iam::" + r.accountId() + ":root",
                date(root.rootCreated()), "not_supported",
                root.rootPasswordLastUsed() == null ? "no_information" : date(root.rootPasswordLastUsed()),
                "not_supported", "not_supported", String.valueOf(root.rootMfa())));
        keys(row, root.rootAccessKeys() ? List.of(new AccessKey("root", true, root.rootCreated(), null)) : List.of(),
                homeRegion);
        out.append(String.join(",", row)).append('\n');
        for (IamUser user : r.users()) {
            row = new ArrayList<>(List.of(user.name(), user.arn(), date(user.created()),
                    String.valueOf(user.passwordEnabled()),
                    user.passwordEnabled() ? (user.passwordLastUsed() == null ? "no_information"
                            : date(user.passwordLastUsed())) : "N/A",
                    user.passwordEnabled() ? date(user.created()) : "N/A", "N/A", String.valueOf(user.mfa())));
            keys(row, user.keys(), homeRegion);
            out.append(String.join(",", row)).append('\n');
        }
        return out.toString();
    }

    private static void keys(List<String> row, List<AccessKey> keys, String region) {
        for (int i = 0; i < 2; i++) {
            if (i < keys.size()) {
                AccessKey k = keys.get(i);
                boolean used = k.lastUsed() != null;
                row.addAll(List.of(String.valueOf(k.active()), date(k.lastRotated()),
                        used ? date(k.lastUsed()) : "N/A", used ? region : "N/A", used ? "s3" : "N/A"));
            } else {
                row.addAll(List.of("false", "N/A", "N/A", "N/A", "N/A"));
            }
        }
        row.addAll(List.of("false", "N/A", "false", "N/A"));
    }

    static String date(Instant instant) {
        return FORMAT.format(instant);
    }
}
