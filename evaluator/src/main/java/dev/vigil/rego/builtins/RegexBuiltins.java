package dev.vigil.rego.builtins;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** regex.* with RE2 semantics; compiled patterns are cached per registry. */
final class RegexBuiltins {
  private final CompileCache<String, Pattern> cache;

  RegexBuiltins(CompileCache<String, Pattern> cache) {
    this.cache = cache;
  }

  void register(Registrar r) {
    r.add("regex.is_valid", RegexBuiltins::isValid);
    r.add("regex.match", this::match);
    r.add("re_match", this::match);
    r.add("regex.split", (ctx, a) -> StringBuiltins.strings(
        RegexSupport.split(compile(Args.string(a, 0)), Args.string(a, 1))));
    r.add("regex.find_n", this::findN);
    r.add("regex.find_all_string_submatch_n", this::findAllSubmatch);
    r.add("regex.replace", this::replace);
    r.add("regex.template_match", this::templateMatch);
    r.add("regex.globs_match", (ctx, a) ->
        BooleanValue.of(GlobIntersection.nonEmpty(Args.string(a, 0), Args.string(a, 1))));
  }

  Pattern compile(String pattern) {
    return cache.get(pattern, RegexBuiltins::compileUncached);
  }

  static Pattern compileUncached(String pattern) {
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw BuiltinException.builtinError(goMessage(e, pattern), e);
    }
  }

  private static String goMessage(PatternSyntaxException e, String pattern) {
    String msg = e.getMessage();
    return msg.startsWith("error parsing regexp") ? msg : "error parsing regexp: " + msg;
  }

  private static Value isValid(BuiltinContext ctx, List<Value> a) {
    if (!(a.get(0) instanceof StringValue s)) {
      return BooleanValue.FALSE;
    }
    try {
      Pattern.compile(s.value());
      return BooleanValue.TRUE;
    } catch (PatternSyntaxException e) {
      return BooleanValue.FALSE;
    }
  }

  private Value match(BuiltinContext ctx, List<Value> a) {
    Pattern p = compile(Args.string(a, 0));
    return BooleanValue.of(p.matcher(Args.string(a, 1)).find());
  }

  private Value findN(BuiltinContext ctx, List<Value> a) {
    Pattern p = compile(Args.string(a, 0));
    String s = Args.string(a, 1);
    int n = Args.integer(a, 2);
    List<Value> out = new ArrayList<>();
    for (int[] m : RegexSupport.findAll(p, s, n)) {
      out.add(new StringValue(s.substring(m[0], m[1])));
    }
    return new ArrayValue(out);
  }

  private Value findAllSubmatch(BuiltinContext ctx, List<Value> a) {
    Pattern p = compile(Args.string(a, 0));
    String s = Args.string(a, 1);
    int n = Args.integer(a, 2);
    List<Value> out = new ArrayList<>();
    for (int[] m : RegexSupport.findAll(p, s, n)) {
      List<Value> groups = new ArrayList<>();
      for (int g = 0; g < m.length; g += 2) {
        groups.add(new StringValue(m[g] < 0 ? "" : s.substring(m[g], m[g + 1])));
      }
      out.add(new ArrayValue(groups));
    }
    return new ArrayValue(out);
  }

  private Value replace(BuiltinContext ctx, List<Value> a) {
    String base = Args.string(a, 0);
    Pattern p = compile(Args.string(a, 1));
    String template = Args.string(a, 2);
    StringBuilder out = new StringBuilder(base.length());
    int last = 0;
    for (int[] m : RegexSupport.findAll(p, base, -1)) {
      out.append(base, last, m[0]);
      RegexSupport.expand(out, template, base, m, p);
      last = m[1];
    }
    out.append(base.substring(last));
    return new StringValue(out.toString());
  }

  private Value templateMatch(BuiltinContext ctx, List<Value> a) {
    String template = Args.string(a, 0);
    String match = Args.string(a, 1);
    String start = Args.string(a, 2);
    String end = Args.string(a, 3);
    if (start.length() != 1) {
      throw BuiltinException.builtinError(
          "start delimiter has to be exactly one character long but is " + start.length() + " long");
    }
    if (end.length() != 1) {
      throw BuiltinException.builtinError(
          "end delimiter has to be exactly one character long but is " + start.length() + " long");
    }
    Pattern p = cache.get(
        "template\u0000" + start + end + template,
        k -> compileUncached(templateRegex(template, start.charAt(0), end.charAt(0))));
    return BooleanValue.of(p.matcher(match).find());
  }

  private static String templateRegex(String tpl, char open, char close) {
    StringBuilder pattern = new StringBuilder("^");
    int level = 0;
    int segStart = 0;
    int varStart = 0;
    for (int i = 0; i < tpl.length(); i++) {
      char c = tpl.charAt(i);
      if (c == open) {
        if (++level == 1) {
          varStart = i;
        }
      } else if (c == close) {
        if (--level == 0) {
          String inner = tpl.substring(varStart + 1, i);
          compileUncached("^" + inner + "$");
          pattern.append(Pattern.quote(tpl.substring(segStart, varStart)))
              .append('(').append(inner).append(')');
          segStart = i + 1;
        } else if (level < 0) {
          throw BuiltinException.builtinError("unbalanced braces in " + dev.vigil.rego.value.GoQuote.quote(tpl));
        }
      }
    }
    if (level != 0) {
      throw BuiltinException.builtinError("unbalanced braces in " + dev.vigil.rego.value.GoQuote.quote(tpl));
    }
    return pattern.append(Pattern.quote(tpl.substring(segStart))).append('$').toString();
  }
}
