package org.rspnavigator.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.StringReader;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

class SafeMarkdownTest {

    private final SafeMarkdown markdown = new SafeMarkdown();

    @Test
    void ordinaryTextBecomesParagraphsWithEmphasis() {
        assertThat(markdown.toHtml("The *tenth* revision of the **WHO** classification.\n\nSecond paragraph."))
                .isEqualTo("<p>The <em>tenth</em> revision of the <strong>WHO</strong> classification.</p>\n"
                        + "<p>Second paragraph.</p>\n");
    }

    @Test
    void scriptTagsAreShownAsTextNotRun() {
        String html = markdown.toHtml("Hello <script>alert(1)</script>");
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void imageWithAnEventHandlerIsShownAsText() {
        String html = markdown.toHtml("<img src=x onerror=alert(1)>");
        assertThat(html).doesNotContain("<img").startsWith("<p>&lt;img src");
    }

    @Test
    void markdownImagesAreDropped() {
        assertThat(markdown.toHtml("![logo](https://example.org/logo.png)")).doesNotContain("<img").doesNotContain("example.org");
    }

    @Test
    void rawIframeIsShownAsText() {
        String html = markdown.toHtml("<iframe src=\"https://evil.example\"></iframe>");
        assertThat(html).doesNotContain("<iframe").contains("&lt;iframe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x]( javascript:alert(1))",
            "[x](javascript&#58;alert(1))", "<javascript:alert(1)>", "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "[x](vbscript:msgbox(1))", "[x][r]\n\n[r]: javascript:alert(1)"})
    void dangerousLinksLoseTheirTarget(String input) {
        String html = markdown.toHtml(input);
        assertThat(html).doesNotContain("<a").doesNotContainIgnoringCase("href");
        assertThat(markdown.toXhtml(input)).doesNotContain("<a");
    }

    @Test
    void webAndMailLinksAreKeptWithNofollowNoopener() {
        assertThat(markdown.toHtml("See [ISO](https://www.iso.org/standard/70896.html) or mail [us](mailto:rsp@example.org)."))
                .isEqualTo("<p>See <a href=\"https://www.iso.org/standard/70896.html\" rel=\"nofollow noopener\">ISO</a>"
                        + " or mail <a href=\"mailto:rsp&#64;example.org\" rel=\"nofollow noopener\">us</a>.</p>\n");
    }

    @Test
    void bareAddressesBecomeLinks() {
        assertThat(markdown.toHtml("Browse www.dicomstandard.org today"))
                .contains("<a href=\"http://www.dicomstandard.org\" rel=\"nofollow noopener\">www.dicomstandard.org</a>");
    }

    @Test
    void entitiesAreDecodedOnceAndReencoded() {
        assertThat(markdown.toHtml("AT&amp;T &copy; 5 < 6 & \"q\" &#x3C;b&#x3E;"))
                .isEqualTo("<p>AT&amp;T © 5 &lt; 6 &amp; &#34;q&#34; &lt;b&gt;</p>\n");
        assertThat(markdown.toXhtml("AT&amp;T &copy; 5 < 6 & \"q\" &#x3C;b&#x3E;"))
                .isEqualTo("<p>AT&amp;T © 5 &lt; 6 &amp; &quot;q&quot; &lt;b&gt;</p>\n");
    }

    @Test
    void tablesKeepTheirAlignment() {
        assertThat(markdown.toHtml("| Level | Count |\n|:--|--:|\n| High | 12 |"))
                .isEqualTo("<table><thead><tr><th align=\"left\">Level</th><th align=\"right\">Count</th></tr></thead>"
                        + "<tbody><tr><td align=\"left\">High</td><td align=\"right\">12</td></tr></tbody></table>\n");
    }

    @Test
    void headingsListsCodeAndQuotesAreAllowed() {
        String html = markdown.toHtml("## Notes\n\n- one\n- `two`\n\n> quoted\n\n```\nx < y\n```");
        assertThat(html).contains("<h2>Notes</h2>", "<ul><li>one</li><li><code>two</code></li></ul>",
                "<blockquote>", "<pre><code>x &lt; y\n</code></pre>");
    }

    @Test
    void xhtmlIsWellFormedAndClosesVoidElements() {
        String xhtml = markdown.toXhtml("line\\\nbreak & <b>bold</b>\n\n***\n\n| a |\n|---|\n| 1 |\n\n[link](https://example.org/?a=1&b=2)");
        assertThat(xhtml).contains("<br/>", "<hr/>", "&lt;b&gt;bold&lt;/b&gt;", "href=\"https://example.org/?a=1&amp;b=2\"");
        assertThatCode(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader("<div>" + xhtml + "</div>")))).doesNotThrowAnyException();
    }

    @Test
    void xhtmlDropsCharactersXmlCannotCarry() {
        assertThat(markdown.toXhtml("bell\u0007 and nul\u0000 text")).doesNotContain("\u0007", "\u0000").contains("bell");
    }

    @Test
    void nothingInNothingOut() {
        assertThat(markdown.toHtml("")).isEmpty();
        assertThat(markdown.toXhtml(null)).isEmpty();
    }
}
