package dev.vigil.rego.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.rego.api.Location;
import dev.vigil.rego.api.RegoException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {
    @Test
    void everyTokenCarriesFileLineAndColumn() {
        List<Token> tokens =
                new Lexer("a.rego", "package x\n\np := 1 if {\n\tinput.y == \"z\"\n}\n").tokens();
        Token p = tokens.get(2);
        assertThat(p.text()).isEqualTo("p");
        assertThat(p.location()).isEqualTo(new Location("a.rego", 3, 1));
        assertThat(p.newlineBefore()).isTrue();
        Token eq = tokens.stream().filter(t -> t.text().equals("==")).findFirst().orElseThrow();
        assertThat(eq.location()).isEqualTo(new Location("a.rego", 4, 10));
    }

    @Test
    void decodesStringsRawStringsAndNumbers() {
        List<Token> tokens =
                new Lexer("f", "\"a\\n\\u0041\" `raw\\n` 1.5e3 12345678901234567890").tokens();
        assertThat(tokens.get(0).text()).isEqualTo("a\nA");
        assertThat(tokens.get(1).type()).isEqualTo(TokenType.RAW_STRING);
        assertThat(tokens.get(1).text()).isEqualTo("raw\\n");
        assertThat(tokens.get(2).text()).isEqualTo("1.5e3");
        assertThat(tokens.get(3).text()).isEqualTo("12345678901234567890");
    }

    @Test
    void keepsCommentsForAnnotationsAndSkipsThem() {
        Lexer lexer = new Lexer("f", "# METADATA\n# title: x\np := 1");
        assertThat(lexer.tokens().get(0).text()).isEqualTo("p");
        assertThat(lexer.comments()).hasSize(2);
    }

    @Test
    void unterminatedStringIsAParseErrorWithLocation() {
        assertThatThrownBy(() -> new Lexer("bad.rego", "p := \"abc\n").tokens())
                .isInstanceOf(RegoException.class)
                .satisfies(
                        e -> {
                            RegoException re = (RegoException) e;
                            assertThat(re.code()).isEqualTo("rego_parse_error");
                            assertThat(re.errors().get(0).location())
                                    .isEqualTo(new Location("bad.rego", 1, 6));
                        });
    }
}
