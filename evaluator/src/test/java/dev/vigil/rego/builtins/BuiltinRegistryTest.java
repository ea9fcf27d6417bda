package dev.vigil.rego.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NumberValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuiltinRegistryTest {
  private final BuiltinRegistry registry = BuiltinRegistry.standard();

  @Test
  void everyDeclarationHasAnImplementationAndViceVersa() {
    Map<String, BuiltinDeclaration> decls = BuiltinDeclarations.standard();
    assertThat(registry.all()).extracting(Builtin::name)
        .containsExactlyInAnyOrderElementsOf(decls.keySet());
  }

  @Test
  void looksUpOperatorsWithTheirSignature() {
    Builtin lt = registry.lookup("lt").orElseThrow();
    assertThat(lt.declaration().infix()).contains("<");
    assertThat(lt.declaration().arity()).isEqualTo(2);
    assertThat(lt.call(TestContexts.fixed(), List.of(NumberValue.of(1), NumberValue.of(2))))
        .isEqualTo(BooleanValue.TRUE);
    assertThat(registry.lookup("no.such")).isEmpty();
  }

  @Test
  void refusesUndeclaredOrDuplicateBuiltins() {
    BuiltinRegistry.Builder b = BuiltinRegistry.builder(BuiltinDeclarations.standard());
    assertThatThrownBy(() -> b.add("no.such", (ctx, a) -> null))
        .hasMessageContaining("no.such");
    b.add("lt", (ctx, a) -> null);
    assertThatThrownBy(() -> b.add("lt", (ctx, a) -> null)).hasMessageContaining("twice");
  }

  @Test
  void withAddsATestBuiltin() {
    BuiltinDeclaration sleep =
        new BuiltinDeclaration(
            "test.sleep", List.of(new BuiltinType.Scalar("string")), Optional.empty(),
            Optional.empty(), Optional.empty(), "test", false, false);
    BuiltinRegistry extended = registry.with(new Builtin(sleep, (ctx, a) -> null));
    assertThat(extended.lookup("test.sleep")).isPresent();
    assertThat(registry.lookup("test.sleep")).isEmpty();
  }

  @Test
  void typeErrorsCarryOpasMessage() {
    BuiltinException e = BuiltinException.operandType(1, NumberValue.of(1), "string");
    assertThat(e.code()).isEqualTo("eval_type_error");
    assertThat(e.messageFor("upper")).isEqualTo("upper: operand 1 must be string but got number");
    assertThat(BuiltinException.operandType(2, NumberValue.of(1), "array", "set").getMessage())
        .isEqualTo("operand 2 must be one of {array, set} but got number");
  }
}
