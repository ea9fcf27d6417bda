package dev.vigil.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;

/**
 * Pretty-prints the top of a document and writes every element of a top-level array on one line,
 * so a file of a million findings stays compact, diffable and greppable.
 */
final class LinePerRecordPrinter {

    private LinePerRecordPrinter() {
    }

    static DefaultPrettyPrinter create() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withRootSeparator("\n");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(new UpToLevel(1))
                .withArrayIndenter(new UpToLevel(2));
    }

    /** Newline and indentation up to a nesting level, nothing deeper. */
    private record UpToLevel(int maxLevel) implements DefaultPrettyPrinter.Indenter {
        @Override
        public void writeIndentation(JsonGenerator g, int level) throws IOException {
            if (level <= maxLevel) {
                g.writeRaw('\n');
                for (int i = 0; i < level; i++) {
                    g.writeRaw("  ");
                }
            }
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }
}
