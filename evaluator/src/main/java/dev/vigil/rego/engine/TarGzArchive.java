package dev.vigil.rego.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the regular files of a gzip-compressed tar archive (ustar, with GNU long names and pax
 * {@code path} records, which is what {@code opa build} writes).
 */
final class TarGzArchive {
  private static final int BLOCK = 512;

  private TarGzArchive() {}

  /** Returns the regular files keyed by their path, always starting with {@code /}. */
  static Map<String, byte[]> read(InputStream compressed, String sourceName) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (InputStream in = new GZIPInputStream(compressed)) {
      String pendingName = null;
      byte[] header = new byte[BLOCK];
      while (true) {
        if (!readBlock(in, header)) {
          break;
        }
        if (isZero(header)) {
          break;
        }
        String name = cString(header, 0, 100);
        long size = parseOctal(header, 124, 12, sourceName);
        char type = (char) header[156];
        String prefix = "ustar".equals(cString(header, 257, 5)) ? cString(header, 345, 155) : "";
        byte[] body = readBody(in, size, sourceName);
        switch (type) {
          case 'L' -> pendingName = cString(body, 0, body.length);
          case 'x' -> pendingName = paxPath(body, pendingName);
          case 'g' -> { }
          case '0', '\0', '7' -> {
            String path = pendingName != null ? pendingName : prefix.isEmpty() ? name : prefix + "/" + name;
            files.put(normalize(path), body);
            pendingName = null;
          }
          default -> pendingName = null;
        }
      }
    }
    return files;
  }

  private static String normalize(String path) {
    String p = path.startsWith("./") ? path.substring(1) : path;
    return p.startsWith("/") ? p : "/" + p;
  }

  private static boolean readBlock(InputStream in, byte[] block) throws IOException {
    int read = in.readNBytes(block, 0, BLOCK);
    return read == BLOCK;
  }

  private static byte[] readBody(InputStream in, long size, String sourceName) throws IOException {
    if (size > Integer.MAX_VALUE - BLOCK) {
      throw new IOException(sourceName + ": tar entry too large (" + size + " bytes)");
    }
    byte[] body = in.readNBytes((int) size);
    if (body.length != size) {
      throw new IOException(sourceName + ": truncated tar archive");
    }
    long padding = (BLOCK - size % BLOCK) % BLOCK;
    in.readNBytes((int) padding);
    return body;
  }

  private static String paxPath(byte[] body, String current) {
    // Records are "<len> <key>=<value>\n".
    String text = new String(body, StandardCharsets.UTF_8);
    String result = current;
    for (String record : text.split("\n")) {
      int space = record.indexOf(' ');
      int eq = record.indexOf('=');
      if (space > 0 && eq > space && "path".equals(record.substring(space + 1, eq))) {
        result = record.substring(eq + 1);
      }
    }
    return result;
  }

  private static boolean isZero(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static String cString(byte[] bytes, int offset, int length) {
    int end = offset;
    while (end < offset + length && end < bytes.length && bytes[end] != 0) {
      end++;
    }
    return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
  }

  private static long parseOctal(byte[] header, int offset, int length, String sourceName)
      throws IOException {
    String text = cString(header, offset, length).trim();
    if (text.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(text, 8);
    } catch (NumberFormatException e) {
      throw new IOException(sourceName + ": corrupt tar header (size '" + text + "')", e);
    }
  }
}
