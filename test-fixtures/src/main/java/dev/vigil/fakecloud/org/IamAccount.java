package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Account-level IAM state.
 *
 * @param rootPasswordLastUsed null means the credential report says {@code no_information}
 * @param passwordPolicy       null means GetAccountPasswordPolicy answers NoSuchEntity
 * @param rootVirtualMfa       the root's MFA device (when {@code rootMfa}) is a virtual one, listed by
 *                             ListVirtualMFADevices; otherwise it is a hardware device
 * @param serverCertificates   the account's IAM server certificates (ListServerCertificates)
 * @param alternateContacts    the alternate contact types registered with the Account API (SECURITY, BILLING,
 *                             OPERATIONS); GetAlternateContact answers ResourceNotFoundException for the others
 */
public record IamAccount(boolean rootMfa, boolean rootAccessKeys, Instant rootPasswordLastUsed,
        Instant rootCreated, PasswordPolicy passwordPolicy, boolean rootVirtualMfa,
        List<ServerCertificate> serverCertificates, Set<String> alternateContacts) {
}
