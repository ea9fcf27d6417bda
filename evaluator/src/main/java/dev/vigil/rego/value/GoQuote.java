package dev.vigil.rego.value;

/** Go's {@code strconv.Quote}: double quotes, escapes for control and non-printable runes. */
public final class GoQuote {
  private GoQuote() {}

  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    quote(sb, s);
    return sb.toString();
  }

  static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case 0x07 -> sb.append("\\a");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case 0x0B -> sb.append("\\v");
        default -> appendRune(sb, cp);
      }
    }
    sb.append('"');
  }

  private static void appendRune(StringBuilder sb, int cp) {
    if (isPrintable(cp)) {
      sb.appendCodePoint(cp);
    } else if (cp < 0x80) {
      sb.append(String.format("\\x%02x", cp));
    } else if (cp < 0x10000) {
      sb.append(String.format("\\u%04x", cp));
    } else {
      sb.append(String.format("\\U%08x", cp));
    }
  }

  private static boolean isPrintable(int cp) {
    if (cp < 0x20 || cp == 0x7F) {
      return false;
    }
    if (cp < 0x7F) {
      return true;
    }
    int type = Character.getType(cp);
    return type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.UNASSIGNED
        && type != Character.SURROGATE
        && type != Character.PRIVATE_USE
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR
        && (type != Character.SPACE_SEPARATOR || cp == 0x20);
  }
}
