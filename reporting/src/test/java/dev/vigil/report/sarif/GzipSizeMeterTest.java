package dev.vigil.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GzipSizeMeterTest {

    @Test
    void estimateIsAnUpperBoundAndCloseForCompressibleText() throws IOException {
        GzipSizeMeter meter = new GzipSizeMeter(16 * 1024);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int i = 0; i < 20_000; i++) {
            byte[] line = ("{\"ruleId\":\"s3_bucket_versioning_enabled\",\"uid\":\"arn:aws:s3:::bucket-" + i + "\"},\n")
                    .getBytes(StandardCharsets.UTF_8);
            meter.write(line, 0, line.length);
            all.write(line);
            if (i % 997 == 0) {
                long real = gzip(all.toByteArray());
                assertThat(meter.estimate()).isGreaterThanOrEqualTo(real).isLessThan((long) (real * 1.15) + 16 * 1024 + 64);
            }
        }
    }

    @Test
    void estimateIsAnUpperBoundForIncompressibleBytes() throws IOException {
        GzipSizeMeter meter = new GzipSizeMeter(8 * 1024);
        byte[] noise = new byte[300_000];
        new Random(42).nextBytes(noise);
        meter.write(noise, 0, noise.length);
        assertThat(meter.estimate()).isGreaterThanOrEqualTo(gzip(noise));
    }

    private static long gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }
}
