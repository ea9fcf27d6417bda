package dev.vigil.rego.builtins;

import dev.vigil.rego.builtins.GoLayout.Chunk;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/** Go's time.Format for a ZonedDateTime. */
final class GoTimeFormat {
  static final Map<String, String> NAMED_LAYOUTS = Map.of(
      "ANSIC", "Mon Jan _2 15:04:05 2006",
      "UnixDate", "Mon Jan _2 15:04:05 MST 2006",
      "RubyDate", "Mon Jan 02 15:04:05 -0700 2006",
      "RFC822", "02 Jan 06 15:04 MST",
      "RFC822Z", "02 Jan 06 15:04 -0700",
      "RFC850", "Monday, 02-Jan-06 15:04:05 MST",
      "RFC1123", "Mon, 02 Jan 2006 15:04:05 MST",
      "RFC1123Z", "Mon, 02 Jan 2006 15:04:05 -0700",
      "RFC3339", "2006-01-02T15:04:05Z07:00",
      "RFC3339Nano", "2006-01-02T15:04:05.999999999Z07:00");

  private GoTimeFormat() {}

  static String format(ZonedDateTime t, String layout) {
    StringBuilder sb = new StringBuilder();
    for (Chunk c : GoLayout.parse(layout)) {
      if (c.field() == null) {
        sb.append(c.text());
        continue;
      }
      int offset = t.getOffset().getTotalSeconds();
      switch (c.field()) {
        case LONG_MONTH -> sb.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        case MONTH -> sb.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        case NUM_MONTH -> sb.append(t.getMonthValue());
        case ZERO_MONTH -> sb.append(two(t.getMonthValue()));
        case LONG_WEEKDAY -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        case WEEKDAY -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        case DAY -> sb.append(t.getDayOfMonth());
        case UNDER_DAY -> sb.append(String.format("%2d", t.getDayOfMonth()));
        case ZERO_DAY -> sb.append(two(t.getDayOfMonth()));
        case UNDER_YDAY -> sb.append(String.format("%3d", t.getDayOfYear()));
        case ZERO_YDAY -> sb.append(String.format("%03d", t.getDayOfYear()));
        case HOUR -> sb.append(two(t.getHour()));
        case HOUR12 -> sb.append(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12);
        case ZERO_HOUR12 -> sb.append(two(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12));
        case MINUTE -> sb.append(t.getMinute());
        case ZERO_MINUTE -> sb.append(two(t.getMinute()));
        case SECOND -> sb.append(t.getSecond());
        case ZERO_SECOND -> sb.append(two(t.getSecond()));
        case LONG_YEAR -> sb.append(year(t.getYear()));
        case YEAR -> sb.append(two(Math.floorMod(t.getYear(), 100)));
        case PM -> sb.append(t.getHour() >= 12 ? "PM" : "AM");
        case LOWER_PM -> sb.append(t.getHour() >= 12 ? "pm" : "am");
        case TZ -> sb.append(abbreviation(t));
        case ISO_TZ, ISO_SECONDS_TZ, ISO_SHORT_TZ, ISO_COLON_TZ, ISO_COLON_SECONDS_TZ -> {
          if (offset == 0) {
            sb.append('Z');
          } else {
            sb.append(offset(offset, c.field()));
          }
        }
        case NUM_TZ, NUM_SECONDS_TZ, NUM_SHORT_TZ, NUM_COLON_TZ, NUM_COLON_SECONDS_TZ ->
            sb.append(offset(offset, c.field()));
        case FRAC0 -> sb.append(c.separator()).append(String.format("%09d", t.getNano()), 0, c.digits());
        case FRAC9 -> {
          String digits = String.format("%09d", t.getNano()).substring(0, c.digits()).replaceFirst("0+$", "");
          if (!digits.isEmpty()) {
            sb.append(c.separator()).append(digits);
          }
        }
        default -> throw new IllegalStateException(c.field().name());
      }
    }
    return sb.toString();
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  private static String year(int y) {
    String s = String.format("%04d", Math.abs(y));
    return y < 0 ? "-" + s : s;
  }

  private static String offset(int seconds, GoLayout.Field f) {
    char sign = seconds < 0 ? '-' : '+';
    int abs = Math.abs(seconds);
    String hh = two(abs / 3600);
    String mm = two(abs / 60 % 60);
    String ss = two(abs % 60);
    return switch (f) {
      case ISO_SHORT_TZ, NUM_SHORT_TZ -> sign + hh;
      case ISO_COLON_TZ, NUM_COLON_TZ -> sign + hh + ":" + mm;
      case ISO_SECONDS_TZ, NUM_SECONDS_TZ -> sign + hh + mm + ss;
      case ISO_COLON_SECONDS_TZ, NUM_COLON_SECONDS_TZ -> sign + hh + ":" + mm + ":" + ss;
      default -> sign + hh + mm;
    };
  }

  private static String abbreviation(ZonedDateTime t) {
    if (t.getZone().getId().equals("Z") || t.getZone().getId().equals("UTC")) {
      return "UTC";
    }
    String name = t.getZone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    java.util.TimeZone tz = java.util.TimeZone.getTimeZone(t.getZone());
    boolean dst = tz.inDaylightTime(java.util.Date.from(t.toInstant()));
    name = tz.getDisplayName(dst, java.util.TimeZone.SHORT, Locale.ENGLISH);
    if (name.startsWith("GMT") && name.length() > 3) {
      int off = t.getOffset().getTotalSeconds();
      return off % 3600 == 0 ? offset(off, GoLayout.Field.NUM_SHORT_TZ) : offset(off, GoLayout.Field.NUM_TZ);
    }
    return name;
  }
}
