package org.rspnavigator.markup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void escapesTheFiveCharactersMarkupGivesMeaningTo() {
        assertThat(Markup.escape("<a href=\"x\" title='y'>Tom & Jerry</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;");
    }

    @Test
    void keepsWhiteSpaceAndEveryCharacterXmlCanCarry() {
        assertThat(Markup.escape("a\tb\nc\r\nd é 漢字 \uD83D\uDE00 \uFFFD")).isEqualTo("a\tb\nc\r\nd é 漢字 \uD83D\uDE00 \uFFFD");
    }

    /**
     * The SVG writer of the diagrams module dropped control characters only; the XHTML escaper of
     * the PDFs also dropped what XML cannot carry otherwise. The stricter rule is the one kept, so
     * that SVG made from such text is well-formed too.
     */
    @Test
    void dropsWhatXmlCannotCarry() {
        assertThat(Markup.escape("bell\u0007 nul\u0000 escape\u001B")).isEqualTo("bell nul escape");
        assertThat(Markup.escape("unpaired \uD800 and \uDC00 end")).isEqualTo("unpaired  and  end");
        assertThat(Markup.escape("not characters \uFFFE\uFFFF end")).isEqualTo("not characters  end");
    }

    @Test
    void leavesTextWithNothingToEscapeAsItIs() {
        assertThat(Markup.escape("")).isEmpty();
        assertThat(Markup.escape("Image Manager/Image Archive")).isEqualTo("Image Manager/Image Archive");
    }
}
