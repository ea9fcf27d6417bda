package dev.vigil.rego.api;

import dev.vigil.rego.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/** Source text of each query expression, as {@code opa eval} reports it. */
final class QueryTexts {
    private QueryTexts() {}

    static List<String> split(String query, List<Expr> exprs) {
        String[] lines = query.split("\n", -1);
        int[] lineStart = new int[lines.length + 1];
        for (int i = 0; i < lines.length; i++) {
            lineStart[i + 1] = lineStart[i] + lines[i].length() + 1;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < exprs.size(); i++) {
            int from = offset(lineStart, exprs.get(i).loc());
            int to =
                    i + 1 < exprs.size()
                            ? offset(lineStart, exprs.get(i + 1).loc())
                            : query.length();
            String text =
                    query.substring(
                                    Math.min(from, query.length()),
                                    Math.max(Math.min(to, query.length()), from))
                            .strip();
            if (text.endsWith(";")) {
                text = text.substring(0, text.length() - 1).strip();
            }
            out.add(text);
        }
        return List.copyOf(out);
    }

    private static int offset(int[] lineStart, Location loc) {
        int line = Math.max(1, Math.min(loc.line(), lineStart.length - 1));
        return lineStart[line - 1] + loc.column() - 1;
    }
}
