package org.rspnavigator.procurement.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlannerTextTest {

    @Test
    void removesScriptElementsWithTheirContentAndStrayScriptTags() {
        assertThat(PlannerText.withoutScripts("a <script>x()</script> b <SCRIPT src=\"e.js\"></SCRIPT> c <script\n"
                + "type='module'>\ny()\n</script > d")).isEqualTo("a  b  c  d");
        assertThat(PlannerText.withoutScripts("never closed <script>z() and more")).isEqualTo("never closed z() and more");
        assertThat(PlannerText.withoutScripts("<scripts> and <subscript> stay")).isEqualTo("<scripts> and <subscript> stay");
    }

    @Test
    void cutsLongMarkdownAtAWordAndSaysSo() {
        String text = "word ".repeat(20_000);
        String cut = PlannerText.markdown(text);
        assertThat(cut).startsWith("word word").endsWith("*[The text was cut here: it is 100,000 characters long, and "
                + "at most 50,000 characters are printed.]*");
        assertThat(cut.length()).isLessThan(PlannerText.MAX_MARKDOWN + 200);
        assertThat(cut).doesNotContain("wor\n");
        assertThat(PlannerText.markdown("short **text**")).isEqualTo("short **text**");
    }

    @Test
    void neverSplitsASurrogatePair() {
        String text = "a".repeat(PlannerText.MAX_NAME - 1) + "🩻🩻🩻";
        String name = PlannerText.name(text);
        assertThat(name).endsWith("…");
        assertThat(name.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
    }

    @Test
    void flattensNestingBeyondTheLimit() {
        assertThat(PlannerText.flattenNesting("> > quote")).isEqualTo("> > quote");
        assertThat(PlannerText.flattenNesting(">".repeat(1000) + " deep")).isEqualTo("> ".repeat(PlannerText.MAX_NESTING) + "deep");
        assertThat(PlannerText.flattenNesting("- ".repeat(500) + "deep")).isEqualTo("> ".repeat(PlannerText.MAX_NESTING) + "deep");
        assertThat(PlannerText.flattenNesting("- item\n  - nested\n1. first")).isEqualTo("- item\n  - nested\n1. first");
    }

    @Test
    void namesAreOneLine() {
        assertThat(PlannerText.name("  Two\nlines\t here ")).isEqualTo("Two lines here");
        assertThat(PlannerText.name(null)).isEmpty();
    }
}
