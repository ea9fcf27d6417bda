package dev.vigil.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTextTest {

    @Test
    void escapeSequencesBecomeVisibleText() {
        assertThat(VisibleText.line("sg-1\u001b[2J\u001b]0;owned\u0007"))
                .isEqualTo("sg-1\\u001b[2J\\u001b]0;owned\\u0007");
    }

    @Test
    void nulDelC1AndBidiOverridesAreEscaped() {
        assertThat(VisibleText.line("a\u0000b\u007fc\u009b31md\u0085e\u202eF\u2066g"))
                .isEqualTo("a\\u0000b\\u007fc\\u009b31md\\u0085e\\u202eF\\u2066g");
    }

    @Test
    void aLineKeepsNoLineBreakButABlockKeepsNewlinesAndTabs() {
        String text = "one\ntwo\tthree\rfour";

        assertThat(VisibleText.line(text)).isEqualTo("one\\u000atwo\\u0009three\\u000dfour");
        assertThat(VisibleText.block(text)).isEqualTo("one\ntwo\tthree\\u000dfour");
    }

    @Test
    void printableTextIsReturnedUnchanged() {
        String text = "arn:aws:s3:::payments-logs, \"archive\" \\ Zürich 東京 😀";

        assertThat(VisibleText.line(text)).isSameAs(text);
        assertThat(VisibleText.line(null)).isNull();
    }
}
