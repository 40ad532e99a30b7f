package org.rspnavigator.markup;

import java.util.List;
import java.util.Set;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

/**
 * Markdown to HTML that is safe to show in a browser and to print, for the catalog's text and for
 * text users enter.
 *
 * <p>Two layers, so that a mistake in one is caught by the other: flexmark escapes raw HTML (it is
 * shown as text, as a user who typed {@code <b>} would expect) and drops {@code javascript:},
 * {@code data:} and {@code vbscript:} links; then the OWASP HTML Sanitizer keeps only an allow-list
 * of formatting, list, table, heading, code and quotation elements and http(s)/mailto links, and
 * marks links {@code rel="nofollow noopener"}. Images are not allowed: a printed RFP must not fetch
 * anything, and a page must not call out to addresses a user typed.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class SafeMarkdown {

    /** Link targets flexmark renders as plain text; the sanitizer would drop them anyway. */
    private static final String SUPPRESSED_LINKS = "(?is)\\s*(?:javascript|data|vbscript)\\s*:.*";

    /** Elements written {@code <br/>} in XHTML: they never have content or a closing tag. */
    private static final Set<String> VOID_ELEMENTS = Set.of("br", "hr");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "em", "strong", "b", "i", "del", "s", "sub", "sup",
                    "code", "pre", "blockquote", "ul", "ol", "li",
                    "h1", "h2", "h3", "h4", "h5", "h6",
                    "table", "thead", "tbody", "tr", "th", "td", "a")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .allowAttributes("start").matching(SafeMarkdown::isSmallNumber).onElements("ol")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private final Parser parser;
    private final HtmlRenderer renderer;

    public SafeMarkdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.<Extension>of(TablesExtension.create(), AutolinkExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, SUPPRESSED_LINKS);
        // GitHub-style tables: a row with too few cells is padded, one with too many is cut.
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.COLUMN_SPANS, false);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** HTML for a browser page. */
    public String toHtml(String markdown) {
        return POLICY.sanitize(unsafeHtml(markdown));
    }

    /**
     * The same content as well-formed XHTML (elements balanced, {@code <br/>}, text and attributes
     * escaped for XML, characters XML cannot carry removed), ready to be placed in an XHTML
     * document such as those the PDF renderer of {@code rfp-generator} reads.
     */
    public String toXhtml(String markdown) {
        StringBuilder out = new StringBuilder();
        HtmlSanitizer.sanitize(unsafeHtml(markdown), POLICY.apply(new XhtmlWriter(out)));
        return out.toString();
    }

    private String unsafeHtml(String markdown) {
        return renderer.render(parser.parse(markdown == null ? "" : markdown));
    }

    private static boolean isSmallNumber(String value) {
        return value.matches("[0-9]{1,6}");
    }

    /**
     * Writes what the sanitizer lets through as XHTML. The sanitizer has already balanced the
     * tags and decoded entities, so this only has to spell elements and escape text the XML way.
     */
    private static final class XhtmlWriter implements HtmlStreamEventReceiver {

        private final StringBuilder out;

        XhtmlWriter(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void openDocument() {
            // Fragments only: the caller places them in its own document.
        }

        @Override
        public void closeDocument() {
            // See openDocument.
        }

        @Override
        public void openTag(String elementName, List<String> attributes) {
            out.append('<').append(elementName);
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                out.append(' ').append(attributes.get(i)).append("=\"").append(Markup.escape(attributes.get(i + 1)))
                        .append('"');
            }
            out.append(VOID_ELEMENTS.contains(elementName) ? "/>" : ">");
        }

        @Override
        public void closeTag(String elementName) {
            if (!VOID_ELEMENTS.contains(elementName)) {
                out.append("</").append(elementName).append('>');
            }
        }

        @Override
        public void text(String text) {
            out.append(Markup.escape(text));
        }
    }
}
