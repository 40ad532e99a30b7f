package org.rspnavigator.diagrams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Text widths read from DejaVu Sans, in thousandths of an em as its metrics give them. */
class TextMetricsTest {

    @Test
    void measuresEachCharacterByItsAdvance() {
        assertThat(TextMetrics.width("A", 1000, false)).isEqualTo(684);
        assertThat(TextMetrics.width("A", 1000, true)).isEqualTo(774);
        assertThat(TextMetrics.width("W", 1000, true)).isEqualTo(1103);
        assertThat(TextMetrics.width(" ", 1000, false)).isEqualTo(318);
        // The arrows that lead each line of a diagram's labels.
        assertThat(TextMetrics.width("→↘↓↙←↖↑↗↻", 1000, false)).isEqualTo(9 * 838);
    }

    @Test
    void scalesWithTheSize() {
        assertThat(TextMetrics.width("Query Images [RAD-14]", 12, false))
                .isCloseTo(TextMetrics.width("Query Images [RAD-14]", 1000, false) * 12 / 1000, within(1e-9));
        assertThat(TextMetrics.width("Image Manager/", 13, true)).isCloseTo(
                (372 + 1042 + 675 + 716 + 678 + 348 + 995 + 675 + 712 + 675 + 716 + 678 + 493 + 365) * 13 / 1000.0,
                within(1e-9));
        assertThat(TextMetrics.width("", 13, true)).isZero();
    }

    @Test
    void measuresTheFontsCharactersBeyondAscii() {
        assertThat(TextMetrics.width("é", 1000, false)).isEqualTo(615);
        assertThat(TextMetrics.width("é", 1000, true)).isEqualTo(678);
        assertThat(TextMetrics.width("–", 1000, false)).isEqualTo(500);
        // A combining accent takes no room of its own.
        assertThat(TextMetrics.width("e\u0301", 1000, false)).isEqualTo(615);
    }

    @Test
    void guessesGenerouslyAtWhatTheFontLacks() {
        assertThat(TextMetrics.width("中", 1000, false)).isEqualTo(740);
        assertThat(TextMetrics.width("中", 1000, true)).isEqualTo(800);
        assertThat(TextMetrics.width("\uD83D\uDE00", 1000, false)).isEqualTo(740);
        assertThat(TextMetrics.width("\t", 1000, false)).isEqualTo(740);
    }
}
