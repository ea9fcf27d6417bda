package dev.vigil.report.sarif;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Tracks an upper bound of the gzip-compressed size of the bytes written so far, without storing
 * them: bytes are deflated into a counter, flushed every {@code flushEvery} bytes; the estimate is the
 * compressed count plus the bytes written since the last flush (as if they did not compress at all),
 * plus a margin, plus the gzip header and trailer. The margin is needed because the periodic flushes
 * start fresh deflate blocks, which can compress a little better than one gzip pass over the whole
 * file (seen: up to 2%); 10% covers that with room to spare.
 */
final class GzipSizeMeter extends OutputStream {

    private static final int GZIP_OVERHEAD = 10 + 8;

    private final Counter counter = new Counter();
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    private final DeflaterOutputStream deflate = new DeflaterOutputStream(counter, deflater, 8192, true);
    private final long flushEvery;
    private long pending;

    GzipSizeMeter(long flushEvery) {
        this.flushEvery = flushEvery;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        deflate.write(b, off, len);
        pending += len;
        if (pending >= flushEvery) {
            deflate.flush();
            pending = 0;
        }
    }

    /** An upper bound of the gzip size of everything written so far. */
    long estimate() {
        // Stored (uncompressed) deflate blocks cost 5 bytes per 64 KiB.
        long bound = counter.count + pending + 5 * (pending / 65535 + 1);
        return bound + bound / 10 + GZIP_OVERHEAD;
    }

    @Override
    public void close() throws IOException {
        deflate.close();
        deflater.end();
    }

    private static final class Counter extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
