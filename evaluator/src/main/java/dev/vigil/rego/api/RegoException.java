package dev.vigil.rego.api;

import java.util.List;
import java.util.Map;

/** Any parse, compile or evaluation failure; carries one or more located errors. */
public class RegoException extends RuntimeException {
    private final transient List<RegoError> errors;

    public RegoException(List<RegoError> errors) {
        super(errors.isEmpty() ? "rego error" : summary(errors), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public RegoException(String code, String message, Location location) {
        this(List.of(new RegoError(code, message, location)));
    }

    private static String summary(List<RegoError> errors) {
        String first = errors.get(0).format();
        return errors.size() == 1 ? first : errors.size() + " errors occurred: " + first;
    }

    public String code() {
        return errors.isEmpty() ? "rego_error" : errors.get(0).code();
    }

    public List<RegoError> errors() {
        return errors;
    }

    /** Each error as {@code file:line:col: code: message}, then the source line and a caret. */
    public String render(Map<String, String> sources) {
        StringBuilder sb = new StringBuilder();
        for (RegoError e : errors) {
            sb.append(e.format()).append('\n');
            Location loc = e.location();
            if (loc == null || sources == null || !sources.containsKey(loc.file())) {
                continue;
            }
            String[] lines = sources.get(loc.file()).split("\n", -1);
            if (loc.line() >= 1 && loc.line() <= lines.length) {
                String line = lines[loc.line() - 1];
                sb.append("    ").append(line).append('\n');
                sb.append("    ");
                for (int i = 1; i < loc.column() && i <= line.length(); i++) {
                    sb.append(line.charAt(i - 1) == '\t' ? '\t' : ' ');
                }
                sb.append("^\n");
            }
        }
        return sb.toString();
    }
}
