package dev.vigil.fakecloud.org;

import java.time.Instant;

/**
 * Account-level IAM state.
 *
 * @param rootPasswordLastUsed null means the credential report says {@code no_information}
 * @param passwordPolicy       null means GetAccountPasswordPolicy answers NoSuchEntity
 */
public record IamAccount(boolean rootMfa, boolean rootAccessKeys, Instant rootPasswordLastUsed,
        Instant rootCreated, PasswordPolicy passwordPolicy) {
}
