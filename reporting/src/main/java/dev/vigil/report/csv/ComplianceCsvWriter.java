package dev.vigil.report.csv;

import dev.vigil.report.AtomicFile;
import dev.vigil.report.Compliance;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code compliance/<framework-id>.csv}: one row per requirement with its status, counts of its checks'
 * findings and, for an UNKNOWN requirement, why it could not be judged.
 */
public final class ComplianceCsvWriter {

    public static final String DIR = "compliance";
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    /** The columns, in order. */
    public enum Column {
        REQUIREMENT_ID, REQUIREMENT_TITLE, STATUS, CHECKS, PASS, FAIL, MUTED, ERROR, UNKNOWN, STATUS_REASON
    }

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(Column.class).get();

    public List<Path> write(List<Compliance.FrameworkResult> frameworks, Path outDir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Compliance.FrameworkResult fr : frameworks) {
            written.add(write(fr, outDir));
        }
        return written;
    }

    private Path write(Compliance.FrameworkResult fr, Path outDir) throws IOException {
        String name = UNSAFE.matcher(fr.framework().id()).replaceAll("_");
        try (AtomicFile file = new AtomicFile(outDir.resolve(DIR).resolve(name + ".csv"))) {
            Writer writer = new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8);
            try (CSVPrinter p = new CSVPrinter(writer, FORMAT)) {
                for (Compliance.RequirementResult r : fr.requirements()) {
                    p.printRecord(CsvCell.text(r.id()), CsvCell.text(r.title()), r.status().name(),
                            CsvCell.text(String.join(" | ", r.checks())), r.pass(), r.fail(), r.muted(), r.error(),
                            r.unknown(), CsvCell.text(r.reason()));
                }
            }
            return file.commit();
        }
    }
}
