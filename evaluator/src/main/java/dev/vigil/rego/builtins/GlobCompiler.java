package dev.vigil.rego.builtins;

import com.google.re2j.Pattern;

/**
 * Translates gobwas/glob patterns (as OPA's glob.match uses them) to RE2: {@code *} stops at
 * delimiters, {@code **} does not, {@code ?} is one non-delimiter rune, {@code [a-z]} /
 * {@code [!a-z]} classes, {@code {a,b}} alternatives, {@code \} escapes.
 */
final class GlobCompiler {
  private final String glob;
  private final String delimiterClass;
  private int pos;

  private GlobCompiler(String glob, String delimiters) {
    this.glob = glob;
    this.delimiterClass = delimiters.isEmpty() ? null : classEscape(delimiters);
  }

  static Pattern compile(String glob, String delimiters) {
    GlobCompiler c = new GlobCompiler(glob, delimiters);
    String regex = "^" + c.sequence(false) + "$";
    if (c.pos < glob.length()) {
      throw BuiltinException.builtinError("unexpected '" + glob.charAt(c.pos) + "' in glob " + glob);
    }
    return Pattern.compile(regex, Pattern.DOTALL);
  }

  /** gobwas/glob QuoteMeta: escapes * ? \ [ ] { }. */
  static String quoteMeta(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("*?\\[]{}".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private String sequence(boolean inAlternative) {
    StringBuilder out = new StringBuilder();
    while (pos < glob.length()) {
      char c = glob.charAt(pos);
      if (inAlternative && (c == ',' || c == '}')) {
        break;
      }
      pos++;
      switch (c) {
        case '*' -> {
          if (pos < glob.length() && glob.charAt(pos) == '*') {
            pos++;
            out.append(".*");
          } else {
            out.append(delimiterClass == null ? ".*" : "[^" + delimiterClass + "]*");
          }
        }
        case '?' -> out.append(delimiterClass == null ? "." : "[^" + delimiterClass + "]");
        case '[' -> out.append(charClass());
        case '{' -> out.append(alternatives());
        case '\\' -> {
          if (pos >= glob.length()) {
            throw BuiltinException.builtinError("unexpected end of input in glob " + glob);
          }
          int cp = glob.codePointAt(pos);
          pos += Character.charCount(cp);
          out.append(Pattern.quote(new String(Character.toChars(cp))));
        }
        default -> out.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return out.toString();
  }

  private String charClass() {
    int close = glob.indexOf(']', pos);
    if (close < 0) {
      throw BuiltinException.builtinError("unexpected end of input in glob " + glob);
    }
    String body = glob.substring(pos, close);
    pos = close + 1;
    boolean negate = body.startsWith("!");
    if (negate) {
      body = body.substring(1);
    }
    StringBuilder cls = new StringBuilder(negate ? "[^" : "[");
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '-' && i > 0 && i < body.length() - 1) {
        cls.append('-');
      } else {
        cls.append(classEscape(String.valueOf(c)));
      }
    }
    return cls.append(']').toString();
  }

  private String alternatives() {
    StringBuilder out = new StringBuilder("(?:");
    while (true) {
      out.append(sequence(true));
      if (pos >= glob.length()) {
        throw BuiltinException.builtinError("unexpected end of input in glob " + glob);
      }
      char c = glob.charAt(pos++);
      if (c == '}') {
        return out.append(')').toString();
      }
      out.append('|');
    }
  }

  private static String classEscape(String chars) {
    StringBuilder sb = new StringBuilder();
    chars.codePoints().forEach(cp -> {
      if (cp < 128 && !Character.isLetterOrDigit(cp)) {
        sb.append('\\');
      }
      sb.appendCodePoint(cp);
    });
    return sb.toString();
  }
}
