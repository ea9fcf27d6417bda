package dev.vigil.rego.builtins;

import dev.vigil.rego.builtins.GoLayout.Chunk;
import dev.vigil.rego.builtins.GoLayout.Field;
import dev.vigil.rego.value.GoQuote;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Go's time.Parse: a value read against a layout; no zone information means UTC. */
final class GoTimeParse {
  private final String layout;
  private final String original;
  private String value;
  private int year = 1;
  private int month = 1;
  private int day = 1;
  private int yday = -1;
  private int hour;
  private int minute;
  private int second;
  private int nanos;
  private boolean pm;
  private boolean pmSet;
  private Integer offsetSeconds;

  private GoTimeParse(String layout, String value) {
    this.layout = layout;
    this.original = value;
    this.value = value;
  }

  static Instant parse(String layout, String value) {
    return new GoTimeParse(layout, value).run();
  }

  private BuiltinException cannotParse(String rest, String chunk) {
    return BuiltinException.builtinError("parsing time " + GoQuote.quote(original) + " as "
        + GoQuote.quote(layout) + ": cannot parse " + GoQuote.quote(rest) + " as " + GoQuote.quote(chunk));
  }

  private BuiltinException outOfRange(String what) {
    return BuiltinException.builtinError("parsing time " + GoQuote.quote(original) + ": " + what + " out of range");
  }

  private Instant run() {
    List<Chunk> chunks = GoLayout.parse(layout);
    for (int k = 0; k < chunks.size(); k++) {
      Chunk c = chunks.get(k);
      if (c.field() == null) {
        if (!value.startsWith(c.text())) {
          throw cannotParse(value, c.text());
        }
        value = value.substring(c.text().length());
        continue;
      }
      String before = value;
      String name = chunkName(c);
      try {
        field(c);
      } catch (IllegalArgumentException e) {
        throw cannotParse(before, name);
      }
      if ((c.field() == Field.SECOND || c.field() == Field.ZERO_SECOND)
          && (k + 1 >= chunks.size() || !isFrac(chunks.get(k + 1)))
          && value.length() > 1 && (value.charAt(0) == '.' || value.charAt(0) == ',')
          && Character.isDigit(value.charAt(1))) {
        int j = 1;
        while (j < value.length() && Character.isDigit(value.charAt(j))) j++;
        nanos = fraction(value.substring(1, j));
        value = value.substring(j);
      }
    }
    if (!value.isEmpty()) {
      throw BuiltinException.builtinError("parsing time " + GoQuote.quote(original) + ": extra text: " + GoQuote.quote(value));
    }
    if (pmSet && pm && hour < 12) {
      hour += 12;
    } else if (pmSet && !pm && hour == 12) {
      hour = 0;
    }
    LocalDate date;
    if (yday >= 0) {
      if (yday < 1 || yday > (java.time.Year.isLeap(year) ? 366 : 365)) {
        throw outOfRange("day-of-year");
      }
      date = LocalDate.ofYearDay(year, yday);
    } else {
      if (day < 1 || day > Month.of(month).length(java.time.Year.isLeap(year))) {
        throw outOfRange("day");
      }
      date = LocalDate.of(year, month, day);
    }
    LocalDateTime ldt = date.atTime(hour, minute, second, nanos);
    return ldt.toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds == null ? 0 : offsetSeconds));
  }

  private static boolean isFrac(Chunk c) {
    return c.field() == Field.FRAC0 || c.field() == Field.FRAC9;
  }

  private static String chunkName(Chunk c) {
    for (String[] probe : new String[][] {{"January"}, {"Jan"}, {"1"}, {"01"}, {"Monday"}, {"Mon"},
        {"2"}, {"_2"}, {"02"}, {"__2"}, {"002"}, {"15"}, {"3"}, {"03"}, {"4"}, {"04"}, {"5"},
        {"05"}, {"2006"}, {"06"}, {"PM"}, {"pm"}, {"MST"}, {"Z0700"}, {"Z070000"}, {"Z07"},
        {"Z07:00"}, {"Z07:00:00"}, {"-0700"}, {"-070000"}, {"-07"}, {"-07:00"}, {"-07:00:00"}}) {
      List<Chunk> p = GoLayout.parse(probe[0]);
      if (p.size() == 1 && p.get(0).field() == c.field()) {
        return probe[0];
      }
    }
    return c.separator() + String.valueOf(c.field() == Field.FRAC0 ? '0' : '9').repeat(c.digits());
  }

  private int num(int minDigits, int maxDigits) {
    int j = 0;
    while (j < value.length() && j < maxDigits && Character.isDigit(value.charAt(j))) j++;
    if (j < minDigits) {
      throw new IllegalArgumentException();
    }
    int v = Integer.parseInt(value.substring(0, j));
    value = value.substring(j);
    return v;
  }

  private int range(int v, int lo, int hi, String what) {
    if (v < lo || v > hi) {
      throw outOfRange(what);
    }
    return v;
  }

  private int lookup(TextStyle style, boolean months) {
    int count = months ? 12 : 7;
    for (int i = 1; i <= count; i++) {
      String n = months ? Month.of(i).getDisplayName(style, Locale.ENGLISH)
          : java.time.DayOfWeek.of(i).getDisplayName(style, Locale.ENGLISH);
      if (value.length() >= n.length() && value.substring(0, n.length()).equalsIgnoreCase(n)) {
        value = value.substring(n.length());
        return i;
      }
    }
    throw new IllegalArgumentException();
  }

  private void field(Chunk c) {
    switch (c.field()) {
      case LONG_MONTH -> month = lookup(TextStyle.FULL, true);
      case MONTH -> month = lookup(TextStyle.SHORT, true);
      case NUM_MONTH -> month = range(num(1, 2), 1, 12, "month");
      case ZERO_MONTH -> month = range(num(2, 2), 1, 12, "month");
      case LONG_WEEKDAY -> lookup(TextStyle.FULL, false);
      case WEEKDAY -> lookup(TextStyle.SHORT, false);
      case DAY -> day = num(1, 2);
      case UNDER_DAY -> {
        if (value.startsWith(" ")) value = value.substring(1);
        day = num(1, 2);
      }
      case ZERO_DAY -> day = num(2, 2);
      case UNDER_YDAY -> {
        value = value.replaceFirst("^ {0,2}", "");
        yday = num(1, 3);
      }
      case ZERO_YDAY -> yday = num(3, 3);
      case HOUR -> hour = range(num(1, 2), 0, 23, "hour");
      case HOUR12 -> hour = range(num(1, 2), 0, 12, "hour");
      case ZERO_HOUR12 -> hour = range(num(2, 2), 0, 12, "hour");
      case MINUTE -> minute = range(num(1, 2), 0, 59, "minute");
      case ZERO_MINUTE -> minute = range(num(2, 2), 0, 59, "minute");
      case SECOND -> second = range(num(1, 2), 0, 59, "second");
      case ZERO_SECOND -> second = range(num(2, 2), 0, 59, "second");
      case LONG_YEAR -> {
        if (value.length() < 4) throw new IllegalArgumentException();
        year = num(4, 4);
      }
      case YEAR -> {
        int y = num(2, 2);
        year = y >= 69 ? 1900 + y : 2000 + y;
      }
      case PM, LOWER_PM -> {
        String p = value.length() >= 2 ? value.substring(0, 2) : "";
        String am = c.field() == Field.PM ? "AM" : "am";
        String pmText = c.field() == Field.PM ? "PM" : "pm";
        if (!p.equals(am) && !p.equals(pmText)) throw new IllegalArgumentException();
        pm = p.equals(pmText);
        pmSet = true;
        value = value.substring(2);
      }
      case TZ -> zoneName();
      case FRAC0 -> {
        if (value.length() < c.digits() + 1 || (value.charAt(0) != '.' && value.charAt(0) != ',')) {
          throw new IllegalArgumentException();
        }
        String digits = value.substring(1, c.digits() + 1);
        if (!digits.chars().allMatch(Character::isDigit)) throw new IllegalArgumentException();
        nanos = fraction(digits);
        value = value.substring(c.digits() + 1);
      }
      case FRAC9 -> {
        if (value.length() < 2 || (value.charAt(0) != '.' && value.charAt(0) != ',')
            || !Character.isDigit(value.charAt(1))) {
          return;
        }
        int j = 1;
        while (j < value.length() && Character.isDigit(value.charAt(j))) j++;
        nanos = fraction(value.substring(1, j));
        value = value.substring(j);
      }
      default -> numericZone(c.field());
    }
  }

  private static int fraction(String digits) {
    String d = (digits + "000000000").substring(0, 9);
    return Integer.parseInt(d);
  }

  private void zoneName() {
    if (value.startsWith("UTC")) {
      offsetSeconds = 0;
      value = value.substring(3);
      return;
    }
    int j = 0;
    while (j < value.length() && Character.isUpperCase(value.charAt(j))) j++;
    if (j < 3) {
      throw new IllegalArgumentException();
    }
    value = value.substring(j);
    offsetSeconds = 0;
  }

  private void numericZone(Field f) {
    boolean iso = f.name().startsWith("ISO");
    if (iso && value.startsWith("Z")) {
      value = value.substring(1);
      offsetSeconds = 0;
      return;
    }
    if (value.isEmpty() || (value.charAt(0) != '+' && value.charAt(0) != '-')) {
      throw new IllegalArgumentException();
    }
    int sign = value.charAt(0) == '-' ? -1 : 1;
    value = value.substring(1);
    int hh = num(2, 2);
    int mm = 0;
    int ss = 0;
    boolean colon = f.name().contains("COLON");
    if (!f.name().contains("SHORT")) {
      if (colon) expect(':');
      mm = num(2, 2);
      if (f.name().contains("SECONDS")) {
        if (colon) expect(':');
        ss = num(2, 2);
      }
    }
    if (hh > 24 || mm > 60 || ss > 60) {
      throw outOfRange("time zone offset");
    }
    offsetSeconds = sign * (hh * 3600 + mm * 60 + ss);
  }

  private void expect(char c) {
    if (value.isEmpty() || value.charAt(0) != c) {
      throw new IllegalArgumentException();
    }
    value = value.substring(1);
  }
}
