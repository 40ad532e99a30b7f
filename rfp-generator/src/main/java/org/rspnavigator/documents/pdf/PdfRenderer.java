package org.rspnavigator.documents.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.rspnavigator.markup.Markup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import org.rspnavigator.documents.RenderBudget;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.TextUtil;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

/**
 * Turns a {@link PdfDocument} (XHTML body and CSS) into PDF bytes: a tagged PDF/UA-1 document that
 * is also PDF/A-3u, so that it can be read aloud by screen readers and archived with a tender.
 *
 * <ul>
 * <li>DejaVu Sans (regular, bold, oblique, bold oblique) is embedded, and is also the last-resort
 * font; with PDF/UA on, openhtmltopdf never uses the 14 standard PDF fonts, which cannot print
 * most of the world's scripts.</li>
 * <li>Title, author, subject and language are written to the document information and to XMP.</li>
 * <li>The {@code h1}–{@code h3} headings become nested bookmarks.</li>
 * <li>The shared base stylesheet numbers pages "Page x of y" and repeats table headers on every
 * page; the document's stylesheet comes after it and may override it.</li>
 * <li>Nothing is fetched from outside: fonts, colour profile and styles all come from the class path
 * and the document itself, so a link or address in user text cannot make the renderer reach out.</li>
 * <li>Layout stops at the next line or character break once the {@link RenderBudget} of the
 * calling thread is spent.</li>
 * </ul>
 *
 * <p>Immutable and safe to share; each call renders independently.
 */
public final class PdfRenderer {

    /** The family name under which the embedded fonts are known to CSS. */
    private static final String FONT_FAMILY = "DejaVu Sans";

    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String BASE_CSS = Resources.text(PdfRenderer.class, "base.css");

    /**
     * The sRGB profile for the PDF/A output intent. Java's own profile is used, so that no
     * profile file has to be shipped.
     */
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        XRLog.setLoggerImpl(new SystemLoggerXrLogger());
    }

    public byte[] render(PdfDocument document) {
        RenderBudget.check();
        // Composed (NFC): a letter typed or pasted as base + combining accent ("i" U+0301) prints as the
        // font's own accented glyph ("í"), not as an accent laid over a dotted i; the embedded fonts carry
        // no substitution rules that would do it (EmbeddedFonts).
        Document dom = parse(Normalizer.normalize(xhtml(document), Normalizer.Form.NFC));
        addBookmarks(dom);
        describeLinks(dom);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                // The older spelling usePdfUaAccessbility (sic) is deprecated in openhtmltopdf 1.1.65 and forwards here.
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_3_U)
                .useColorProfile(SRGB_PROFILE)
                .withProducer("RSP Navigator (openhtmltopdf, Apache PDFBox)")
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withW3cDocument(dom, null)
                // openhtmltopdf's own breakers, asked at every break opportunity while laying out:
                // where a long text makes layout slow, this is where the time goes.
                .useUnicodeLineBreaker(new Checked(UnbreakableWords.around(
                        new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US)), document.unbreakable())))
                .useUnicodeCharacterBreaker(new Checked(new TextUtil.DefaultCharacterBreaker(
                        BreakIterator.getCharacterInstance(Locale.US))))
                .toStream(out);
        useFont(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
        useFont(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
        // DejaVu's slanted faces are called Oblique; CSS asks for italic (em, i) far more often.
        for (FontStyle slanted : List.of(FontStyle.ITALIC, FontStyle.OBLIQUE)) {
            useFont(builder, "DejaVuSans-Oblique.ttf", 400, slanted);
            useFont(builder, "DejaVuSans-BoldOblique.ttf", 700, slanted);
        }
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the PDF '" + document.title() + "'", e);
        }
        return out.toByteArray();
    }

    /** A text breaker that first lets {@link RenderBudget} stop a document that is over its time. */
    private record Checked(FSTextBreaker breaker) implements FSTextBreaker {
        @Override
        public int next() {
            RenderBudget.check();
            return breaker.next();
        }

        @Override
        public void setText(String text) {
            RenderBudget.check();
            breaker.setText(text);
        }
    }

    private static void useFont(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        // FALLBACK_FINAL: a family the CSS names but nobody supplied, or a missing glyph, ends up
        // in DejaVu Sans too, never in a font that is not embedded.
        builder.useFont(() -> EmbeddedFonts.open(file), FONT_FAMILY, weight, style, true,
                EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL));
    }

    private static String xhtml(PdfDocument d) {
        return "<html xmlns=\"" + XHTML_NS + "\" lang=\"" + Markup.escape(d.language().toLanguageTag()) + "\">"
                + "<head><title>" + Markup.escape(d.title()) + "</title>"
                + "<meta name=\"author\" content=\"" + Markup.escape(d.author()) + "\"/>"
                + "<meta name=\"subject\" content=\"" + Markup.escape(d.subject()) + "\"/>"
                + "<style>" + Markup.escape(BASE_CSS) + "</style>"
                + "<style>" + Markup.escape(d.css()) + "</style>"
                + "</head><body>" + d.body() + "</body></html>";
    }

    /** Parses the document as XML, refusing DOCTYPEs so that no entity can pull in a file. */
    private static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException e) {
            throw new IllegalArgumentException("the document body is not well-formed XHTML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds openhtmltopdf's {@code <bookmarks>} to the head: one bookmark per {@code h1}–{@code h3},
     * nested by level, each pointing at its heading (which gets an id if it has none).
     */
    private static void addBookmarks(Document dom) {
        Element bookmarks = dom.createElementNS(XHTML_NS, "bookmarks");
        Set<String> ids = new HashSet<>();
        List<Element> all = elements(dom.getElementsByTagNameNS("*", "*"));
        for (Element e : all) {
            ids.add(e.getAttribute("id"));
        }
        Deque<Element> open = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        int generated = 0;
        for (Element e : all) {
            int level = headingLevel(e);
            if (level == 0) {
                continue;
            }
            if (e.getAttribute("id").isEmpty()) {
                String id;
                do {
                    id = "heading-" + ++generated;
                } while (!ids.add(id));
                e.setAttribute("id", id);
            }
            while (!levels.isEmpty() && levels.peek() >= level) {
                levels.pop();
                open.pop();
            }
            Element bookmark = dom.createElementNS(XHTML_NS, "bookmark");
            bookmark.setAttribute("name", e.getTextContent().strip().replaceAll("\\s+", " "));
            bookmark.setAttribute("href", "#" + e.getAttribute("id"));
            (open.isEmpty() ? bookmarks : open.peek()).appendChild(bookmark);
            open.push(bookmark);
            levels.push(level);
        }
        Node head = dom.getElementsByTagNameNS(XHTML_NS, "head").item(0);
        head.appendChild(bookmarks);
    }

    /**
     * PDF/UA wants every link annotation to carry a description; openhtmltopdf takes it from the
     * link's {@code title}, which Markdown links do not have. The link text says where it goes.
     */
    private static void describeLinks(Document dom) {
        for (Element a : elements(dom.getElementsByTagNameNS(XHTML_NS, "a"))) {
            if (a.hasAttribute("href") && a.getAttribute("title").isBlank()) {
                String text = a.getTextContent().strip();
                a.setAttribute("title", text.isEmpty() ? a.getAttribute("href") : text);
            }
        }
    }

    /**
     * The elements of a live node list, as they are now: a live list walks the whole document
     * again after every change to it, so changing the elements while walking the list took time
     * in the square of the document's size.
     */
    private static List<Element> elements(NodeList live) {
        int length = live.getLength();
        List<Element> elements = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            elements.add((Element) live.item(i));
        }
        return elements;
    }

    private static int headingLevel(Element e) {
        return switch (e.getLocalName()) {
            case "h1" -> 1;
            case "h2" -> 2;
            case "h3" -> 3;
            default -> 0;
        };
    }
}
