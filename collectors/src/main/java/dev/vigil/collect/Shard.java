package dev.vigil.collect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of N parallel collections of the same organization (e.g. a Kubernetes Indexed Job): each
 * account belongs to exactly one shard, chosen by a stable hash of its id.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(0, 1);
    private static final Pattern FORM = Pattern.compile("(\\d+)/(\\d+)");

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " is not valid: use I/N with 0 <= I < N");
        }
    }

    public static Shard parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("--shard takes I/N (e.g. 0/4), got '" + text + "'");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public boolean owns(String accountId) {
        if (count == 1) {
            return true;
        }
        long h = 1125899906842597L;
        for (int i = 0; i < accountId.length(); i++) {
            h = 31 * h + accountId.charAt(i);
        }
        return Math.floorMod(h, count) == index;
    }
}
