package dev.vigil.report.sarif;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.report.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One SARIF file being written: the head, results one per line, and a tail naming its category. */
final class SarifPart implements AutoCloseable {

    /** Generous room for the tail, whose category is only known when the part is finished. */
    private static final int TAIL_RESERVE = 256;
    private static final byte[] FIRST = "\n      ".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEXT = ",\n      ".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper TAIL_MAPPER = new ObjectMapper();

    private final AtomicFile file;
    private final GzipSizeMeter meter;
    private int results;

    SarifPart(Path provisionalTarget, byte[] head, long flushEvery) throws IOException {
        this.file = new AtomicFile(provisionalTarget);
        this.meter = new GzipSizeMeter(flushEvery);
        write(head);
    }

    int results() {
        return results;
    }

    boolean wouldExceed(int resultBytes, long maxGzipBytes) {
        return meter.estimate() + NEXT.length + resultBytes + TAIL_RESERVE > maxGzipBytes;
    }

    void add(byte[] result) throws IOException {
        write(results == 0 ? FIRST : NEXT);
        write(result);
        results++;
    }

    Path finish(Path target, String category) throws IOException {
        write(SarifWriter.tail(TAIL_MAPPER, category));
        meter.close();
        return file.commitAs(target);
    }

    private void write(byte[] bytes) throws IOException {
        OutputStream out = file.stream();
        out.write(bytes);
        meter.write(bytes, 0, bytes.length);
    }

    @Override
    public void close() throws IOException {
        try {
            meter.close();
        } finally {
            file.close();
        }
    }
}
