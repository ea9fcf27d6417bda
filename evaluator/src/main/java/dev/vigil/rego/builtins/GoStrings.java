package dev.vigil.rego.builtins;

import java.util.ArrayList;
import java.util.List;

/** Go's strings package semantics that Java's String does not share. */
final class GoStrings {
  private GoStrings() {}

  /** strings.Split: an empty separator splits into runes; "" with "" gives []. */
  static List<String> split(String s, String sep, int n) {
    List<String> out = new ArrayList<>();
    if (n == 0) {
      return out;
    }
    if (sep.isEmpty()) {
      int count = 0;
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        int next = i + Character.charCount(cp);
        if (n > 0 && count == n - 1) {
          out.add(s.substring(i));
          return out;
        }
        out.add(s.substring(i, next));
        count++;
        i = next;
      }
      return out;
    }
    int start = 0;
    while (n < 0 || out.size() < n - 1) {
      int idx = s.indexOf(sep, start);
      if (idx < 0) {
        break;
      }
      out.add(s.substring(start, idx));
      start = idx + sep.length();
    }
    out.add(s.substring(start));
    return out;
  }

  /** strings.Count: non-overlapping occurrences; an empty substring counts runes + 1. */
  static int count(String s, String sub) {
    if (sub.isEmpty()) {
      return s.codePointCount(0, s.length()) + 1;
    }
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
      n++;
    }
    return n;
  }

  static boolean isSpace(int cp) {
    switch (cp) {
      case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0:
        return true;
      default:
        return cp > 0xFF && Character.isSpaceChar(cp);
    }
  }

  static String trimLeft(String s, String cutset) {
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (cutset.indexOf(cp) < 0) {
        break;
      }
      i += Character.charCount(cp);
    }
    return s.substring(i);
  }

  static String trimRight(String s, String cutset) {
    int end = s.length();
    while (end > 0) {
      int cp = s.codePointBefore(end);
      if (cutset.indexOf(cp) < 0) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return s.substring(0, end);
  }

  static String trimSpace(String s) {
    int start = 0;
    while (start < s.length() && isSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    int end = s.length();
    while (end > start && isSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** unicode.ToLower / ToUpper per rune (simple case mapping, no length changes). */
  static String mapCase(String s, boolean upper) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> sb.appendCodePoint(upper ? Character.toUpperCase(cp) : Character.toLowerCase(cp)));
    return sb.toString();
  }

  /** strings.NewReplacer(pairs...).Replace(s): leftmost match, earlier pairs win ties. */
  static String replace(String s, List<String[]> pairs) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i <= s.length()) {
      String[] hit = null;
      for (String[] p : pairs) {
        if (s.startsWith(p[0], i)) {
          hit = p;
          break;
        }
      }
      if (hit != null) {
        out.append(hit[1]);
        if (!hit[0].isEmpty()) {
          i += hit[0].length();
          continue;
        }
      }
      if (i == s.length()) {
        break;
      }
      int cp = s.codePointAt(i);
      out.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  static String reverse(String s) {
    int[] cps = s.codePoints().toArray();
    StringBuilder sb = new StringBuilder(s.length());
    for (int k = cps.length - 1; k >= 0; k--) {
      sb.appendCodePoint(cps[k]);
    }
    return sb.toString();
  }
}
