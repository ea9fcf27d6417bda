package dev.vigil.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Puts each field of the root object on its own line and each element of a root-level array on its
 * own line, compact inside: a file of a million findings stays small, diffable and greppable.
 * Stateful: one instance per generator.
 */
final class LinePerRecordPrinter implements PrettyPrinter {

    private int depth;

    static LinePerRecordPrinter create() {
        return new LinePerRecordPrinter();
    }

    private static void newline(JsonGenerator g, int level) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < level; i++) {
            g.writeRaw("  ");
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (depth == 1) {
            newline(g, 1);
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(depth == 1 ? ": " : ":");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (depth == 1) {
            newline(g, 1);
        }
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        depth--;
        if (depth == 0 && nrOfEntries > 0) {
            g.writeRaw('\n');
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
    }

    /** Arrays at depth 2 are the root object's fields: one element per line. */
    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (depth == 2) {
            newline(g, 2);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (depth == 2) {
            newline(g, 2);
        }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        depth--;
        if (depth == 1 && nrOfValues > 0) {
            newline(g, 1);
        }
        g.writeRaw(']');
    }
}
