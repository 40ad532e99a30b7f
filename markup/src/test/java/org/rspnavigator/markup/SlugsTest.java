package org.rspnavigator.markup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void joinsLowerCaseLettersAndDigitsWithSingleHyphens() {
        assertThat(Slugs.slug("Imaging Renewal 2027")).isEqualTo("imaging-renewal-2027");
        assertThat(Slugs.slug("Image Manager/Image Archive")).isEqualTo("image-manager-image-archive");
        assertThat(Slugs.slug("  --St. Example Hospital!! ")).isEqualTo("st-example-hospital");
    }

    @Test
    void dropsWhatIsNotAsciiLetterOrDigit() {
        assertThat(Slugs.slug("Ärzte & Co")).isEqualTo("rzte-co");
        assertThat(Slugs.slug("画像")).isEmpty();
    }

    @Test
    void cutsToTheLengthGivenWithoutATrailingHyphenAndFallsBackWhenNothingIsLeft() {
        assertThat(Slugs.slug("a".repeat(59) + " b", 60, "rfp")).isEqualTo("a".repeat(59));
        assertThat(Slugs.slug("x".repeat(80), 60, "rfp")).hasSize(60);
        assertThat(Slugs.slug("画像", 60, "rfp")).isEqualTo("rfp");
        assertThat(Slugs.slug("PACS 2027", 60, "rfp")).isEqualTo("pacs-2027");
    }
}
