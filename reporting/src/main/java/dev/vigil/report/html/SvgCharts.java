package dev.vigil.report.html;

import dev.vigil.evaluate.Severity;
import java.util.List;
import java.util.Locale;

/** Small inline-SVG charts; every label passes through {@link Html#escape}. */
final class SvgCharts {

    private SvgCharts() {
    }

    /** One bar of a chart. */
    record Bar(String label, double value, String color, String caption) {}

    /** One stacked bar. */
    record Stack(String label, long[] values, String[] colors, String caption) {}

    static String severityColor(Severity s) {
        return switch (s) {
            case CRITICAL -> "#7f1d1d";
            case HIGH -> "#dc2626";
            case MEDIUM -> "#ea8a0c";
            case LOW -> "#2563eb";
            case INFO -> "#6b7280";
        };
    }

    /** Vertical bars with the value above each bar. */
    static String columns(String title, List<Bar> bars, int width, int height) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int top = 22;
        int bottom = 24;
        int plot = height - top - bottom;
        double slot = (double) width / Math.max(1, bars.size());
        double barWidth = Math.min(64, slot * 0.6);
        StringBuilder b = open(title, width, height);
        b.append(line(0, top + plot, width, top + plot));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double h = max <= 0 ? 0 : plot * bar.value() / max;
            double x = i * slot + (slot - barWidth) / 2;
            double y = top + plot - h;
            b.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\" fill=\"%s\"><title>%s</title></rect>",
                    x, y, barWidth, h, bar.color(), Html.escape(bar.label() + ": " + bar.caption())));
            b.append(text(i * slot + slot / 2, y - 6, "middle", bar.caption(), true));
            b.append(text(i * slot + slot / 2, top + plot + 16, "middle", bar.label(), false));
        }
        return b.append("</svg>").toString();
    }

    /** Horizontal bars, value 0..max, with a caption at the end of each bar. */
    static String rows(String title, List<Bar> bars, double max, int width) {
        int rowHeight = 26;
        int labelWidth = 190;
        int captionWidth = 70;
        int height = Math.max(1, bars.size()) * rowHeight + 8;
        double plot = width - labelWidth - captionWidth;
        StringBuilder b = open(title, width, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = 4 + i * rowHeight;
            double w = max <= 0 ? 0 : plot * Math.max(0, bar.value()) / max;
            b.append(text(labelWidth - 8, y + 15, "end", bar.label(), false));
            b.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"16\" fill=\"#eef2f7\" rx=\"3\"/>",
                    labelWidth, y + 2, plot));
            b.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"16\" fill=\"%s\" rx=\"3\"><title>%s</title></rect>",
                    labelWidth, y + 2, w, bar.color(), Html.escape(bar.label() + ": " + bar.caption())));
            b.append(text(labelWidth + plot + 8, y + 15, "start", bar.caption(), true));
        }
        return b.append("</svg>").toString();
    }

    /** Horizontal stacked bars scaled to the largest total. */
    static String stacks(String title, List<Stack> stacks, int width) {
        int rowHeight = 26;
        int labelWidth = 150;
        int captionWidth = 110;
        long max = stacks.stream().mapToLong(s -> sum(s.values())).max().orElse(0);
        int height = Math.max(1, stacks.size()) * rowHeight + 8;
        double plot = width - labelWidth - captionWidth;
        StringBuilder b = open(title, width, height);
        for (int i = 0; i < stacks.size(); i++) {
            Stack s = stacks.get(i);
            double y = 4 + i * rowHeight;
            double x = labelWidth;
            b.append(text(labelWidth - 8, y + 15, "end", s.label(), false));
            for (int k = 0; k < s.values().length; k++) {
                double w = max <= 0 ? 0 : plot * s.values()[k] / max;
                if (w > 0) {
                    b.append(String.format(Locale.ROOT,
                            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>",
                            x, y + 2, w, s.colors()[k]));
                }
                x += w;
            }
            b.append(text(x + 8, y + 15, "start", s.caption(), true));
        }
        return b.append("</svg>").toString();
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }

    private static StringBuilder open(String title, int width, int height) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"100%%\" "
                        + "style=\"max-width:%dpx\" aria-label=\"%s\"><title>%s</title>",
                width, height, width, Html.escape(title), Html.escape(title)));
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                x1, y1, x2, y2);
    }

    private static String text(double x, double y, String anchor, String value, boolean bold) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>%s</text>", x, y, anchor,
                bold ? " font-weight=\"600\"" : "", Html.escape(truncate(value, 28)));
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
