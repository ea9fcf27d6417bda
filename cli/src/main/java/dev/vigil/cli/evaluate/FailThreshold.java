package dev.vigil.cli.evaluate;

import dev.vigil.evaluate.Finding;
import dev.vigil.evaluate.Severity;
import dev.vigil.evaluate.Status;
import java.util.List;
import java.util.Locale;

/** {@code --fail-on}: the lowest severity whose FAIL findings make the run exit 1; {@code none} never does. */
public record FailThreshold(Severity minimum) {

    public static FailThreshold parse(String text) {
        if (text.trim().toLowerCase(Locale.ROOT).equals("none")) {
            return new FailThreshold(null);
        }
        return new FailThreshold(Severity.parse(text));
    }

    public long failuresAtOrAbove(List<Finding> findings) {
        if (minimum == null) {
            return 0;
        }
        return findings.stream()
                .filter(f -> f.status() == Status.FAIL && f.severity().ordinal() <= minimum.ordinal())
                .count();
    }
}
