package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.SetValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/** net.cidr_* builtins with Go's net package parsing and formatting. */
final class CidrBuiltins {
  private CidrBuiltins() {}

  static void register(Registrar r) {
    r.add("net.cidr_contains", (ctx, a) -> BooleanValue.of(contains(a.get(0), a.get(1))));
    r.add("net.cidr_overlap", (ctx, a) -> BooleanValue.of(contains(a.get(0), a.get(1))));
    r.add("net.cidr_intersects", CidrBuiltins::intersects);
    r.add("net.cidr_is_valid", CidrBuiltins::isValid);
    r.add("net.cidr_expand", CidrBuiltins::expand);
    r.add("net.cidr_contains_matches", CidrBuiltins::containsMatches);
    r.add("net.cidr_merge", CidrBuiltins::merge);
  }

  private static IpNet net(Value v, int pos) {
    if (!(v instanceof StringValue s)) {
      throw BuiltinException.operandType(pos, v, "string");
    }
    return IpNet.parseCidr(s.value());
  }

  private static boolean contains(Value cidr, Value other) {
    IpNet a = net(cidr, 1);
    if (!(other instanceof StringValue s)) {
      throw BuiltinException.operandType(1, other, "string");
    }
    Optional<byte[]> ip = IpNet.parseIp(s.value());
    if (ip.isPresent()) {
      return a.contains(ip.get());
    }
    IpNet b;
    try {
      b = IpNet.parseCidr(s.value());
    } catch (BuiltinException e) {
      throw BuiltinException.builtinError(
          "not a valid textual representation of an IP address or CIDR: " + s.value());
    }
    return a.contains(b.ip()) && a.contains(IpNet.toBytes(b.last(), b.ip().length));
  }

  private static Value intersects(BuiltinContext ctx, List<Value> a) {
    IpNet x = net(a.get(0), 1);
    IpNet y = net(a.get(1), 1);
    return BooleanValue.of(x.contains(y.ip()) || y.contains(x.ip()));
  }

  private static Value isValid(BuiltinContext ctx, List<Value> a) {
    if (!(a.get(0) instanceof StringValue s)) {
      return BooleanValue.FALSE;
    }
    try {
      IpNet.parseCidr(s.value());
      return BooleanValue.TRUE;
    } catch (BuiltinException e) {
      return BooleanValue.FALSE;
    }
  }

  private static Value expand(BuiltinContext ctx, List<Value> a) {
    IpNet n = IpNet.parseCidr(Args.string(a, 0));
    List<Value> out = new ArrayList<>();
    BigInteger last = n.last();
    for (BigInteger i = n.first(); i.compareTo(last) <= 0; i = i.add(BigInteger.ONE)) {
      if ((out.size() & 0x3FF) == 0) {
        ctx.checkCancelled();
      }
      out.add(new StringValue(IpNet.format(IpNet.toBytes(i, n.ip().length))));
    }
    return SetValue.of(out);
  }

  private static void eachMatchOperand(int operand, Value v, BiConsumer<Value, Value> f) {
    if (v instanceof StringValue) {
      f.accept(v, v);
    } else if (v instanceof ArrayValue arr) {
      for (int i = 0; i < arr.size(); i++) {
        f.accept(matchTerm(operand, arr.get(i)), NumberValue.of(i));
      }
    } else if (v instanceof SetValue s) {
      s.elements().forEach(e -> f.accept(matchTerm(operand, e), e));
    } else if (v instanceof ObjectValue o) {
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        f.accept(matchTerm(operand, e.getValue()), e.getKey());
      }
    }
  }

  private static Value matchTerm(int operand, Value v) {
    if (v instanceof StringValue) {
      return v;
    }
    if (v instanceof ArrayValue arr && arr.size() > 0) {
      return arr.get(0);
    }
    throw BuiltinException.builtinError("operand " + operand + ": element must be string or non-empty array");
  }

  private static Value containsMatches(BuiltinContext ctx, List<Value> a) {
    List<Value> result = new ArrayList<>();
    eachMatchOperand(1, a.get(0), (cidr1, index1) ->
        eachMatchOperand(2, a.get(1), (cidr2, index2) -> {
          if (contains(cidr1, cidr2)) {
            result.add(ArrayValue.of(index1, index2));
          }
        }));
    return SetValue.of(result);
  }

  private record Range(BigInteger first, BigInteger last, int len, IpNet network) {}

  private static Value merge(BuiltinContext ctx, List<Value> a) {
    Value v = a.get(0);
    List<Value> items;
    if (v instanceof ArrayValue arr) {
      items = arr.elements();
    } else if (v instanceof SetValue s) {
      items = s.elements();
    } else {
      throw BuiltinException.builtinError("operand must be an array");
    }
    List<Range> ranges = new ArrayList<>();
    for (Value item : items) {
      IpNet n = generateNet(item);
      ranges.add(new Range(n.first(), n.last(), n.ip().length, n));
    }
    ranges.sort(Comparator.comparing((Range x) -> x.len())
        .thenComparing(Range::last).thenComparing(Range::first));
    for (int i = ranges.size() - 1; i > 0; i--) {
      Range cur = ranges.get(i);
      Range prev = ranges.get(i - 1);
      if (cur.len() == prev.len() && cur.first().subtract(BigInteger.ONE).compareTo(prev.last()) <= 0) {
        BigInteger first = prev.first().min(cur.first());
        ranges.set(i - 1, new Range(first, cur.last(), cur.len(), null));
        ranges.remove(i);
      }
    }
    List<Value> out = new ArrayList<>();
    for (Range range : ranges) {
      if (range.network() != null) {
        out.add(new StringValue(range.network().toString()));
      } else {
        IpNet.rangeToCidrs(range.first(), range.last(), range.len())
            .forEach(n -> out.add(new StringValue(n.toString())));
      }
    }
    return SetValue.of(out);
  }

  // A bare IPv4 address gets its classful default mask, keeping its host bits, as in Go.
  private static IpNet generateNet(Value item) {
    if (!(item instanceof StringValue s)) {
      throw BuiltinException.builtinError("element must be string");
    }
    Optional<byte[]> ip = IpNet.parseIp(s.value());
    if (ip.isEmpty()) {
      return IpNet.parseCidr(s.value());
    }
    byte[] addr = ip.get();
    if (addr.length == 16 && IpNet.isV4Mapped(addr)) {
      addr = java.util.Arrays.copyOfRange(addr, 12, 16);
    }
    if (addr.length != 4) {
      throw BuiltinException.builtinError("IPv6 invalid: needs prefix length");
    }
    int first = addr[0] & 0xff;
    int prefix = first < 0x80 ? 8 : first < 0xC0 ? 16 : 24;
    return new IpNet(addr, prefix);
  }
}
