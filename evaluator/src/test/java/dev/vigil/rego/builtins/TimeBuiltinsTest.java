package dev.vigil.rego.builtins;

import static dev.vigil.rego.builtins.TestContexts.call;
import static dev.vigil.rego.builtins.TestValues.arr;
import static dev.vigil.rego.builtins.TestValues.n;
import static dev.vigil.rego.builtins.TestValues.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeBuiltinsTest {
  private static final String RFC3339 = "2006-01-02T15:04:05Z07:00";

  @Test
  void parsesGoLayouts() {
    assertThat(call("time.parse_ns", s(RFC3339), s("2017-06-02T19:00:00-07:00"))).isEqualTo(n(1496455200000000000L));
    assertThat(call("time.parse_ns", s(RFC3339), s("1677-09-21T00:12:43.145224192-00:00"))).isEqualTo(n(Long.MIN_VALUE));
    assertThat(call("time.parse_ns", s("01/02 03:04:05PM '06 -0700"), s("06/02 07:00:00PM '17 -0700")))
        .isEqualTo(n(1496455200000000000L));
    assertThat(call("time.parse_ns", s("RFC822Z"), s("02 Jun 17 19:00 -0700"))).isEqualTo(n(1496455200000000000L));
    assertThat(call("time.parse_ns", s("2006-01-02"), s("2020-02-02"))).isEqualTo(n(1580601600000000000L));
    assertThat(call("time.parse_rfc3339_ns", s("2262-04-11T23:47:16.854775807-00:00"))).isEqualTo(n(Long.MAX_VALUE));
    assertThatThrownBy(() -> call("time.parse_rfc3339_ns", s("2262-04-11T23:47:16.854775808-00:00")))
        .hasMessage("time outside of valid range");
    assertThatThrownBy(() -> call("time.parse_ns", s("2006-01-02"), s("2020-2-02")))
        .hasMessage("parsing time \"2020-2-02\" as \"2006-01-02\": cannot parse \"2-02\" as \"01\"");
  }

  @Test
  void formatsWithZones() {
    long t = 1670006453141828752L;
    assertThat(call("time.format", n(t))).isEqualTo(s("2022-12-02T18:40:53.141828752Z"));
    assertThat(call("time.format", arr(n(t), s("Asia/Kolkata")))).isEqualTo(s("2022-12-03T00:10:53.141828752+05:30"));
    assertThat(call("time.format", arr(n(t), s("Asia/Kolkata"), s("Mon Jan 02 15:04:05 -0700 2006"))))
        .isEqualTo(s("Sat Dec 03 00:10:53 +0530 2022"));
    assertThat(call("time.format", arr(n(t), s("Asia/Kolkata"), s("RFC1123Z")))).isEqualTo(s("Sat, 03 Dec 2022 00:10:53 +0530"));
    assertThatThrownBy(() -> call("time.format", n("15829776000000000000000000"))).hasMessage("timestamp too big");
    assertThatThrownBy(() -> call("time.date", arr(n(0), s("Mars/Olympus")))).hasMessage("unknown time zone Mars/Olympus");
  }

  @Test
  void calendarParts() {
    long ns = 1517814000L * 1_000_000_000L;
    assertThat(call("time.date", n(ns))).isEqualTo(arr(n(2018), n(2), n(5)));
    assertThat(call("time.date", arr(n(ns), s("America/Los_Angeles")))).isEqualTo(arr(n(2018), n(2), n(4)));
    assertThat(call("time.clock", arr(n(ns), s("America/New_York")))).isEqualTo(arr(n(2), n(0), n(0)));
    assertThat(call("time.weekday", n(1517832000000000000L))).isEqualTo(s("Monday"));
    assertThat(call("time.add_date", n(1585852421593912000L), n(3), n(9), n(12))).isEqualTo(n(1705257221593912000L));
    assertThatThrownBy(() -> call("time.add_date", n(0), n(2262), n(1), n(1))).hasMessage("time outside of valid range");
    long feb2 = 1580601600000000000L;
    long mar1 = 1583020800000000000L;
    assertThat(call("time.diff", n(feb2), n(mar1))).isEqualTo(arr(n(0), n(0), n(28), n(0), n(0), n(0)));
  }

  @Test
  void durations() {
    assertThat(call("time.parse_duration_ns", s("100ms"))).isEqualTo(n(100_000_000));
    assertThat(call("time.parse_duration_ns", s("1h1.5m"))).isEqualTo(n(3_690_000_000_000L));
    assertThat(call("time.parse_duration_ns", s("-1.5us"))).isEqualTo(n(-1500));
    assertThatThrownBy(() -> call("time.parse_duration_ns", s("1d"))).hasMessage("time: unknown unit \"d\" in duration \"1d\"");
    assertThatThrownBy(() -> call("time.parse_duration_ns", s("1"))).hasMessage("time: missing unit in duration \"1\"");
    assertThat(call("time.now_ns")).isEqualTo(n(TestContexts.NOW));
  }
}
