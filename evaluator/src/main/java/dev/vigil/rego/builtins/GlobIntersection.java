package dev.vigil.rego.builtins;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * regex.globs_match: whether two "globs" (a regex subset: literals, '.', [classes], '*' and '+'
 * on single tokens, '\' escapes) can match a common string. Decided by searching the product of
 * the two token automata.
 */
final class GlobIntersection {
  /** A character set: ranges, possibly negated; {@code any} for '.'. */
  record CharSet(List<int[]> ranges, boolean negated, boolean any) {
    boolean contains(int c) {
      if (any) {
        return true;
      }
      boolean in = ranges.stream().anyMatch(r -> c >= r[0] && c <= r[1]);
      return negated != in;
    }

    /** Candidate characters that witness membership: range ends and a few others. */
    List<Integer> witnesses() {
      List<Integer> out = new ArrayList<>();
      for (int[] r : ranges) {
        out.add(r[0]);
        out.add(r[1]);
        out.add(r[0] - 1);
        out.add(r[1] + 1);
      }
      out.add((int) 'a');
      out.add(0x10FFFF);
      return out;
    }

    boolean intersects(CharSet o) {
      if (any || o.any || (negated && o.negated)) {
        return true;
      }
      for (int c : witnesses()) {
        if (c >= 0 && contains(c) && o.contains(c)) {
          return true;
        }
      }
      for (int c : o.witnesses()) {
        if (c >= 0 && contains(c) && o.contains(c)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A token: a character set, optionally repeated ('*': zero or more). */
  record Token(CharSet set, boolean star) {}

  private GlobIntersection() {}

  static boolean nonEmpty(String a, String b) {
    List<Token> x = tokens(a);
    List<Token> y = tokens(b);
    Deque<int[]> queue = new ArrayDeque<>();
    Set<Long> seen = new HashSet<>();
    push(queue, seen, 0, 0);
    while (!queue.isEmpty()) {
      int[] s = queue.removeFirst();
      int i = s[0];
      int j = s[1];
      if (i == x.size() && j == y.size()) {
        return true;
      }
      if (i < x.size() && x.get(i).star()) {
        push(queue, seen, i + 1, j);
      }
      if (j < y.size() && y.get(j).star()) {
        push(queue, seen, i, j + 1);
      }
      if (i < x.size() && j < y.size() && x.get(i).set().intersects(y.get(j).set())) {
        push(queue, seen, x.get(i).star() ? i : i + 1, y.get(j).star() ? j : j + 1);
      }
    }
    return false;
  }

  private static void push(Deque<int[]> queue, Set<Long> seen, int i, int j) {
    if (seen.add(((long) i << 32) | j)) {
      queue.addLast(new int[] {i, j});
    }
  }

  static List<Token> tokens(String p) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      CharSet set;
      if (c == '.') {
        set = new CharSet(List.of(), false, true);
        i++;
      } else if (c == '[') {
        int close = p.indexOf(']', i + 1);
        if (close < 0) {
          throw invalid(p, i, "set-open '[' with no following ']'");
        }
        set = charClass(p.substring(i + 1, close));
        i = close + 1;
      } else if (c == ']') {
        throw invalid(p, i + 1, "set-close ']' with no preceding '['");
      } else if (c == '*' || c == '+') {
        throw invalid(p, i + 1, "quantifier '" + c + "' with no preceding character");
      } else {
        if (c == '\\') {
          if (++i >= p.length()) {
            throw invalid(p, i, "escape '\\' at end of input");
          }
        }
        int cp = p.codePointAt(i);
        set = new CharSet(List.<int[]>of(new int[] {cp, cp}), false, false);
        i += Character.charCount(cp);
      }
      if (i < p.length() && p.charAt(i) == '*') {
        out.add(new Token(set, true));
        i++;
      } else if (i < p.length() && p.charAt(i) == '+') {
        out.add(new Token(set, false));
        out.add(new Token(set, true));
        i++;
      } else {
        out.add(new Token(set, false));
      }
    }
    return out;
  }

  private static CharSet charClass(String body) {
    boolean negated = body.startsWith("^");
    String b = negated ? body.substring(1) : body;
    List<int[]> ranges = new ArrayList<>();
    for (int k = 0; k < b.length(); k++) {
      int lo = b.charAt(k) == '\\' && k + 1 < b.length() ? b.charAt(++k) : b.charAt(k);
      int hi = lo;
      if (k + 2 < b.length() && b.charAt(k + 1) == '-') {
        hi = b.charAt(k + 2);
        k += 2;
      }
      ranges.add(new int[] {Math.min(lo, hi), Math.max(lo, hi)});
    }
    return new CharSet(ranges, negated, false);
  }

  private static BuiltinException invalid(String p, int pos, String what) {
    return BuiltinException.builtinError("input:" + p + ", pos:" + pos + ", " + what + ": the input provided is invalid");
  }
}
