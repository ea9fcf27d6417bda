package dev.vigil.fakecloud.org;

/** @param reusePrevention null when the policy does not set it */
public record PasswordPolicy(int minimumLength, Integer reusePrevention) {
}
