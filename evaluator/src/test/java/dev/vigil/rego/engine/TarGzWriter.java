package dev.vigil.rego.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Writes a minimal ustar archive, gzip-compressed, the way {@code opa build} lays out a bundle. */
final class TarGzWriter {
  private TarGzWriter() {}

  static byte[] write(Map<String, byte[]> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        String name = file.getKey();
        if (name.length() > 99) {
          // Long names travel in a pax extended header, as Go's archive/tar writes them.
          String record = " path=" + name + "\n";
          int length = record.length() + String.valueOf(record.length()).length();
          length = record.length() + String.valueOf(length).length();
          byte[] pax = (length + record).getBytes(StandardCharsets.UTF_8);
          out.write(header("PaxHeaders/long", pax.length, 'x'));
          out.write(pax);
          out.write(new byte[(512 - pax.length % 512) % 512]);
          name = name.substring(name.length() - 99);
        }
        out.write(header(name, file.getValue().length, '0'));
        out.write(file.getValue());
        int padding = (512 - file.getValue().length % 512) % 512;
        out.write(new byte[padding]);
      }
      out.write(new byte[1024]);
    }
    return bytes.toByteArray();
  }

  private static byte[] header(String name, long size, char type) {
    byte[] h = new byte[512];
    put(h, 0, name);
    put(h, 100, "0000644");
    put(h, 108, "0000000");
    put(h, 116, "0000000");
    put(h, 124, String.format("%011o", size));
    put(h, 136, String.format("%011o", 0));
    h[156] = (byte) type;
    put(h, 257, "ustar");
    put(h, 263, "00");
    for (int i = 148; i < 156; i++) {
      h[i] = ' ';
    }
    long sum = 0;
    for (byte b : h) {
      sum += b & 0xff;
    }
    put(h, 148, String.format("%06o", sum));
    h[154] = 0;
    return h;
  }

  private static void put(byte[] header, int offset, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(bytes, 0, header, offset, bytes.length);
  }
}
