package dev.vigil.fakecloud.aws;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;

/** A small streaming XML writer shared by the Query, EC2 and S3 protocols. */
public final class XmlWriter {
    private final StringBuilder out = new StringBuilder(512);
    private final Deque<String> open = new ArrayDeque<>();

    public XmlWriter() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    public XmlWriter start(String name) {
        out.append('<').append(name).append('>');
        open.push(name);
        return this;
    }

    /** Opens an element with raw attributes, e.g. {@code xmlns="..."}; the attributes must already be escaped. */
    public XmlWriter startWith(String name, String attributes) {
        out.append('<').append(name).append(' ').append(attributes).append('>');
        open.push(name);
        return this;
    }

    public XmlWriter end() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** Writes {@code <name>value</name>}; nothing when the value is null. */
    public XmlWriter leaf(String name, Object value) {
        if (value == null) {
            return this;
        }
        String text = value instanceof Instant instant ? iso(instant) : value.toString();
        out.append('<').append(name).append('>');
        escape(text);
        out.append("</").append(name).append('>');
        return this;
    }

    /** Writes {@code <name attributes>value</name>}; the attributes must already be escaped. */
    public XmlWriter leafWith(String name, String attributes, String value) {
        out.append('<').append(name).append(' ').append(attributes).append('>');
        escape(value);
        out.append("</").append(name).append('>');
        return this;
    }

    public XmlWriter empty(String name) {
        out.append('<').append(name).append("/>");
        return this;
    }

    /** ISO-8601 with milliseconds, as S3, IAM and EC2 answer. */
    public static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString().replaceFirst("(\\d{2}:\\d{2}:\\d{2})Z$", "$1.000Z");
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }
}
