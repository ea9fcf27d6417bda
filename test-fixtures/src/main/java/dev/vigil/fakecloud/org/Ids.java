package dev.vigil.fakecloud.org;

import java.util.SplittableRandom;

/** Deterministic AWS-shaped identifiers drawn from one random stream. */
final class Ids {
    private static final String HEX = "0123456789abcdef";
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final SplittableRandom random;

    Ids(SplittableRandom random) {
        this.random = random;
    }

    SplittableRandom random() {
        return random;
    }

    String hex(int n) {
        return draw(HEX, n);
    }

    String lower(int n) {
        return draw(LOWER, n);
    }

    String upper(int n) {
        return draw(UPPER, n);
    }

    String ec2(String prefix) {
        return prefix + "-0" + hex(16);
    }

    String iam(String prefix) {
        return prefix + upper(17);
    }

    String uuid() {
        return hex(8) + "-" + hex(4) + "-4" + hex(3) + "-a" + hex(3) + "-" + hex(12);
    }

    private String draw(String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
