package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** time.* builtins with Go layouts and IANA zones. */
final class TimeBuiltins {
  private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);
  private static final BigInteger MIN_NS = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX_NS = BigInteger.valueOf(Long.MAX_VALUE);

  private TimeBuiltins() {}

  static void register(Registrar r) {
    r.add("time.now_ns", (ctx, a) -> NumberValue.of(ctx.nowNanos()));
    r.add("time.parse_ns", (ctx, a) -> {
      String layout = Args.string(a, 0);
      String value = Args.string(a, 1);
      return safeNanos(GoTimeParse.parse(GoTimeFormat.NAMED_LAYOUTS.getOrDefault(layout, layout), value));
    });
    r.add("time.parse_rfc3339_ns", (ctx, a) ->
        safeNanos(GoTimeParse.parse(GoTimeFormat.NAMED_LAYOUTS.get("RFC3339"), Args.string(a, 0))));
    r.add("time.parse_duration_ns", (ctx, a) -> NumberValue.of(GoDuration.parse(Args.string(a, 0))));
    r.add("time.format", TimeBuiltins::format);
    r.add("time.date", (ctx, a) -> {
      ZonedDateTime t = zoned(a.get(0)).time();
      return ArrayValue.of(num(t.getYear()), num(t.getMonthValue()), num(t.getDayOfMonth()));
    });
    r.add("time.clock", (ctx, a) -> {
      ZonedDateTime t = zoned(a.get(0)).time();
      return ArrayValue.of(num(t.getHour()), num(t.getMinute()), num(t.getSecond()));
    });
    r.add("time.weekday", (ctx, a) -> {
      DayOfWeek d = zoned(a.get(0)).time().getDayOfWeek();
      return new StringValue(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    });
    r.add("time.add_date", TimeBuiltins::addDate);
    r.add("time.diff", TimeBuiltins::diff);
  }

  private static NumberValue num(long v) {
    return NumberValue.of(v);
  }

  static NumberValue safeNanos(Instant t) {
    BigInteger ns = BigInteger.valueOf(t.getEpochSecond()).multiply(BILLION).add(BigInteger.valueOf(t.getNano()));
    if (ns.compareTo(MIN_NS) < 0 || ns.compareTo(MAX_NS) > 0) {
      throw BuiltinException.builtinError("time outside of valid range");
    }
    return NumberValue.of(ns);
  }

  record Zoned(ZonedDateTime time, String layout) {}

  /** OPA's tzTime: ns, [ns, tz] or [ns, tz, layout]. */
  static Zoned zoned(Value v) {
    Value nsValue;
    ZoneId zone = ZoneOffset.UTC;
    String layout = "";
    if (v instanceof ArrayValue arr) {
      if (arr.size() == 0) {
        throw BuiltinException.operandType(1, v, "either number (ns) or [number (ns), string (tz)]");
      }
      nsValue = Args.number(arr.elements(), 0);
      if (arr.size() > 1) {
        zone = zone(Args.string(List.of(arr.get(1)), 0));
      }
      if (arr.size() > 2) {
        layout = Args.string(List.of(arr.get(2)), 0);
      }
    } else if (v instanceof NumberValue) {
      nsValue = v;
    } else {
      throw BuiltinException.operandType(1, v, "either number (ns) or [number (ns), string (tz)]");
    }
    NumberValue n = (NumberValue) nsValue;
    long ns = n.longValueExact()
        .orElseThrow(() -> BuiltinException.builtinError("timestamp too big"));
    Instant instant = Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L));
    return new Zoned(instant.atZone(zone), layout);
  }

  static ZoneId zone(String name) {
    switch (name) {
      case "", "UTC":
        return ZoneOffset.UTC;
      case "Local":
        return ZoneId.systemDefault();
      default:
        if (ZoneId.getAvailableZoneIds().contains(name)) {
          try {
            return ZoneId.of(name);
          } catch (DateTimeException e) {
            break;
          }
        }
    }
    throw BuiltinException.builtinError("unknown time zone " + name);
  }

  private static Value format(BuiltinContext ctx, List<Value> a) {
    Zoned z = zoned(a.get(0));
    String layout = z.layout().isEmpty() ? "RFC3339Nano" : z.layout();
    layout = GoTimeFormat.NAMED_LAYOUTS.getOrDefault(layout, layout);
    return new StringValue(GoTimeFormat.format(z.time(), layout));
  }

  // Go's AddDate normalises overflowing months and days by carrying (Jan 31 + 1 month = Mar 3).
  private static Value addDate(BuiltinContext ctx, List<Value> a) {
    ZonedDateTime t = zoned(a.get(0)).time();
    int years = Args.integer(a, 1);
    int months = Args.integer(a, 2);
    int days = Args.integer(a, 3);
    try {
      LocalDate date = LocalDate.of(t.getYear(), 1, 1)
          .plusYears(years)
          .plusMonths(t.getMonthValue() - 1L + months)
          .plusDays(t.getDayOfMonth() - 1L + days);
      ZonedDateTime out = ZonedDateTime.of(date, t.toLocalTime(), t.getZone());
      return safeNanos(out.toInstant());
    } catch (DateTimeException | ArithmeticException e) {
      throw BuiltinException.builtinError("time outside of valid range");
    }
  }

  private static Value diff(BuiltinContext ctx, List<Value> a) {
    ZonedDateTime t1 = zoned(a.get(0)).time();
    ZonedDateTime t2 = zoned(a.get(1)).time().withZoneSameInstant(t1.getZone());
    if (t1.isAfter(t2)) {
      ZonedDateTime tmp = t1;
      t1 = t2;
      t2 = tmp;
    }
    int year = t2.getYear() - t1.getYear();
    int month = t2.getMonthValue() - t1.getMonthValue();
    int day = t2.getDayOfMonth() - t1.getDayOfMonth();
    int hour = t2.getHour() - t1.getHour();
    int min = t2.getMinute() - t1.getMinute();
    int sec = t2.getSecond() - t1.getSecond();
    if (sec < 0) {
      sec += 60;
      min--;
    }
    if (min < 0) {
      min += 60;
      hour--;
    }
    if (hour < 0) {
      hour += 24;
      day--;
    }
    if (day < 0) {
      day += YearMonth.of(t1.getYear(), t1.getMonthValue()).lengthOfMonth();
      month--;
    }
    if (month < 0) {
      month += 12;
      year--;
    }
    return ArrayValue.of(num(year), num(month), num(day), num(hour), num(min), num(sec));
  }
}
