package dev.vigil.rego.builtins;

import java.util.ArrayList;
import java.util.List;

/** Splits a Go time layout ("2006-01-02T15:04:05Z07:00") into literal and field chunks. */
final class GoLayout {
  enum Field {
    LONG_MONTH, MONTH, NUM_MONTH, ZERO_MONTH, LONG_WEEKDAY, WEEKDAY, DAY, UNDER_DAY, ZERO_DAY,
    UNDER_YDAY, ZERO_YDAY, HOUR, HOUR12, ZERO_HOUR12, MINUTE, ZERO_MINUTE, SECOND, ZERO_SECOND,
    LONG_YEAR, YEAR, PM, LOWER_PM, TZ, ISO_TZ, ISO_SECONDS_TZ, ISO_SHORT_TZ, ISO_COLON_TZ,
    ISO_COLON_SECONDS_TZ, NUM_TZ, NUM_SECONDS_TZ, NUM_SHORT_TZ, NUM_COLON_TZ,
    NUM_COLON_SECONDS_TZ, FRAC0, FRAC9
  }

  /** A literal (field == null) or a field; frac fields carry digit count and separator. */
  record Chunk(String text, Field field, int digits, char separator) {}

  private GoLayout() {}

  private static final String[][] ZONES = {
    {"Z070000", "ISO_SECONDS_TZ"}, {"Z07:00:00", "ISO_COLON_SECONDS_TZ"}, {"Z0700", "ISO_TZ"},
    {"Z07:00", "ISO_COLON_TZ"}, {"Z07", "ISO_SHORT_TZ"}, {"-070000", "NUM_SECONDS_TZ"},
    {"-07:00:00", "NUM_COLON_SECONDS_TZ"}, {"-0700", "NUM_TZ"}, {"-07:00", "NUM_COLON_TZ"},
    {"-07", "NUM_SHORT_TZ"}
  };

  static List<Chunk> parse(String layout) {
    List<Chunk> out = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    int i = 0;
    while (i < layout.length()) {
      Chunk c = null;
      int len = 0;
      String rest = layout.substring(i);
      char ch = layout.charAt(i);
      switch (ch) {
        case 'J' -> {
          if (rest.startsWith("January")) { c = f(Field.LONG_MONTH); len = 7; }
          else if (rest.startsWith("Jan")) { c = f(Field.MONTH); len = 3; }
        }
        case 'M' -> {
          if (rest.startsWith("Monday")) { c = f(Field.LONG_WEEKDAY); len = 6; }
          else if (rest.startsWith("Mon")) { c = f(Field.WEEKDAY); len = 3; }
          else if (rest.startsWith("MST")) { c = f(Field.TZ); len = 3; }
        }
        case '0' -> {
          if (rest.length() >= 2 && rest.charAt(1) >= '1' && rest.charAt(1) <= '6') {
            Field[] zero = {Field.ZERO_MONTH, Field.ZERO_DAY, Field.ZERO_HOUR12, Field.ZERO_MINUTE,
                Field.ZERO_SECOND, Field.YEAR};
            c = f(zero[rest.charAt(1) - '1']);
            len = 2;
          } else if (rest.startsWith("002")) { c = f(Field.ZERO_YDAY); len = 3; }
        }
        case '1' -> {
          if (rest.startsWith("15")) { c = f(Field.HOUR); len = 2; }
          else { c = f(Field.NUM_MONTH); len = 1; }
        }
        case '2' -> {
          if (rest.startsWith("2006")) { c = f(Field.LONG_YEAR); len = 4; }
          else { c = f(Field.DAY); len = 1; }
        }
        case '_' -> {
          if (rest.startsWith("_2006")) { lit.append('_'); c = f(Field.LONG_YEAR); len = 5; }
          else if (rest.startsWith("_2")) { c = f(Field.UNDER_DAY); len = 2; }
          else if (rest.startsWith("__2")) { c = f(Field.UNDER_YDAY); len = 3; }
        }
        case '3' -> { c = f(Field.HOUR12); len = 1; }
        case '4' -> { c = f(Field.MINUTE); len = 1; }
        case '5' -> { c = f(Field.SECOND); len = 1; }
        case 'P' -> { if (rest.startsWith("PM")) { c = f(Field.PM); len = 2; } }
        case 'p' -> { if (rest.startsWith("pm")) { c = f(Field.LOWER_PM); len = 2; } }
        case '-', 'Z' -> {
          for (String[] z : ZONES) {
            if (rest.startsWith(z[0])) { c = f(Field.valueOf(z[1])); len = z[0].length(); break; }
          }
        }
        case '.', ',' -> {
          if (rest.length() > 1 && (rest.charAt(1) == '0' || rest.charAt(1) == '9')) {
            char d = rest.charAt(1);
            int j = 1;
            while (j < rest.length() && rest.charAt(j) == d) j++;
            if (j >= rest.length() || !Character.isDigit(rest.charAt(j))) {
              c = new Chunk(null, d == '0' ? Field.FRAC0 : Field.FRAC9, j - 1, ch);
              len = j;
            }
          }
        }
        default -> { }
      }
      if (c == null) {
        lit.append(ch);
        i++;
        continue;
      }
      if (lit.length() > 0) {
        out.add(new Chunk(lit.toString(), null, 0, ' '));
        lit.setLength(0);
      }
      out.add(c);
      i += len;
    }
    if (lit.length() > 0) {
      out.add(new Chunk(lit.toString(), null, 0, ' '));
    }
    return out;
  }

  private static Chunk f(Field field) {
    return new Chunk(null, field, 0, '.');
  }
}
