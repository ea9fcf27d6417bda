package dev.vigil.rego.builtins;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;

/** Go regexp semantics on top of re2j: FindAll's empty-match rule, Split and Expand. */
final class RegexSupport {
  private RegexSupport() {}

  /** Go's FindAll*Index: group offsets of up to {@code n} matches (n &lt; 0: all). */
  static List<int[]> findAll(Pattern p, String s, int n) {
    List<int[]> out = new ArrayList<>();
    Matcher m = p.matcher(s);
    int pos = 0;
    int prevEnd = -1;
    while ((n < 0 || out.size() < n) && pos <= s.length()) {
      if (!m.find(pos)) {
        break;
      }
      boolean accept = true;
      if (m.end() == m.start()) {
        if (m.start() == prevEnd) {
          accept = false;
        }
        pos = m.end() < s.length() ? m.end() + Character.charCount(s.codePointAt(m.end())) : m.end() + 1;
      } else {
        pos = m.end();
      }
      prevEnd = m.end();
      if (accept) {
        int[] groups = new int[(m.groupCount() + 1) * 2];
        for (int g = 0; g <= m.groupCount(); g++) {
          groups[2 * g] = m.start(g);
          groups[2 * g + 1] = m.end(g);
        }
        out.add(groups);
      }
    }
    return out;
  }

  /** Go's Regexp.Split(s, -1). */
  static List<String> split(Pattern p, String s) {
    List<String> out = new ArrayList<>();
    if (s.isEmpty()) {
      out.add("");
      return out;
    }
    int beg = 0;
    int end = 0;
    for (int[] match : findAll(p, s, -1)) {
      end = match[0];
      if (match[1] != 0) {
        out.add(s.substring(beg, end));
      }
      beg = match[1];
    }
    if (end != s.length()) {
      out.add(s.substring(beg));
    }
    return out;
  }

  /** Go's Regexp.Expand: $1, ${1}, $name, ${name}, $$. */
  static void expand(StringBuilder out, String template, String src, int[] match, Pattern p) {
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '$' || i + 1 >= template.length()) {
        out.append(c);
        i++;
        continue;
      }
      char next = template.charAt(i + 1);
      if (next == '$') {
        out.append('$');
        i += 2;
        continue;
      }
      String name;
      int after;
      if (next == '{') {
        int close = template.indexOf('}', i + 2);
        name = close < 0 ? null : template.substring(i + 2, close);
        after = close + 1;
        if (name != null && !isName(name)) {
          name = null;
        }
      } else {
        int j = i + 1;
        while (j < template.length() && isNameChar(template.charAt(j))) {
          j++;
        }
        name = j > i + 1 ? template.substring(i + 1, j) : null;
        after = j;
      }
      if (name == null) {
        out.append('$');
        i++;
        continue;
      }
      int group = groupIndex(p, name);
      if (group >= 0 && 2 * group + 1 < match.length && match[2 * group] >= 0) {
        out.append(src, match[2 * group], match[2 * group + 1]);
      }
      i = after;
    }
  }

  private static int groupIndex(Pattern p, String name) {
    if (name.chars().allMatch(Character::isDigit)) {
      try {
        return Integer.parseInt(name);
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    Integer idx = p.namedGroups().get(name);
    return idx == null ? -1 : idx;
  }

  private static boolean isName(String s) {
    return !s.isEmpty() && s.chars().allMatch(ch -> isNameChar((char) ch));
  }

  private static boolean isNameChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }
}
