package org.rspnavigator.webapp.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rspnavigator.markup.SafeMarkdown;

/**
 * The hostile text of {@code security/injection-corpus.txt}, and what of it a reader should see:
 * its visible characters, and for Markdown the text the sanitized HTML shows.
 */
final class Corpus {

    private static final SafeMarkdown MARKDOWN = new SafeMarkdown();
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    /** What the RFP documents take out of Markdown before rendering it: script elements, and stray script tags. */
    private static final Pattern SCRIPT_ELEMENT = Pattern.compile("(?is)<script\\b[^>]*>.*?</script\\s*>");
    private static final Pattern SCRIPT_TAG = Pattern.compile("(?i)</?script\\b[^>]*>?");

    private Corpus() {
    }

    /** The payloads, decoded, in the file's order. */
    static List<String> payloads() {
        try (InputStream in = Corpus.class.getResourceAsStream("/security/injection-corpus.txt")) {
            List<String> payloads = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    payloads.add(decode(line));
                }
            }
            return payloads;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The escapes of the corpus file: \n \r \t \\ and \\uXXXX. */
    static String decode(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 == line.length()) {
                out.append(c);
                continue;
            }
            char next = line.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    /** A payload of exactly {@code length} characters: markup, a formula and a script link, over and over. */
    static String longPayload(int length) {
        String unit = "<img src=x onerror=alert(1)> =1+1 [x](javascript:alert(1)) <script>alert(2)</script> ";
        String text = unit.repeat(length / unit.length() + 1).substring(0, length);
        return text.substring(0, length - 1) + "!";
    }

    /** The corpus and one long payload at {@code limit}. */
    static List<String> withLong(List<String> corpus, int limit) {
        List<String> all = new ArrayList<>(corpus);
        all.add(longPayload(limit));
        return all;
    }

    /**
     * Payloads packed, in order, into as few texts of at most {@code limit} characters as they fit,
     * separated by " | ", for a field that holds one text but is printed in a document: one
     * document then shows many payloads. A payload that may change the direction of text has a
     * text of its own, so that it turns no other payload around.
     */
    static List<String> groups(List<String> payloads, int limit) {
        List<String> groups = new ArrayList<>();
        StringBuilder group = new StringBuilder();
        for (String payload : payloads) {
            if (turnsText(payload)) {
                groups.add(payload);
                continue;
            }
            if (!group.isEmpty() && group.length() + 3 + payload.length() > limit) {
                groups.add(group.toString());
                group.setLength(0);
            }
            group.append(group.isEmpty() ? "" : " | ").append(payload);
        }
        if (!group.isEmpty()) {
            groups.add(group.toString());
        }
        return groups;
    }

    /**
     * The characters of {@code text} every document shows whatever its fonts and layout: printable
     * Latin-1, without white space (a document wraps lines where it likes) and without control,
     * format or direction characters. Comparing these shows whether markup came through as text.
     * '#' is left out too: a PDF prints it for a character its font does not have (Chinese, the
     * fullwidth forms).
     */
    static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> c >= 0x21 && c <= 0x7E && c != '#' || c >= 0xA1 && c <= 0xFF && c != 0xAD)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Whether the text may change the order in which its neighbours on a line are displayed: it
     * holds a direction control character, or right-to-left script (Arabic, Hebrew), next to which
     * the bidirectional algorithm reorders punctuation and other neutral characters.
     */
    static boolean turnsText(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
                || c == 0x200E || c == 0x200F || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
    }

    /**
     * The text in the order a right-to-left override (U+202E, up to U+202C or the end) has it
     * displayed: its characters reversed.
     */
    static String asDisplayed(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf('\u202E', i);
            if (start < 0) {
                out.append(text, i, text.length());
                break;
            }
            int end = text.indexOf('\u202C', start);
            end = end < 0 ? text.length() : end;
            out.append(text, i, start).append(new StringBuilder(text.substring(start + 1, end)).reverse());
            i = end;
        }
        return out.toString();
    }

    /**
     * Whether {@code text} holds {@code expected}: whole, or for a long text in pieces of at least
     * 24 characters, in order, with anything between them (the foot of one page and the head of
     * the next, where a long text runs over a page).
     */
    static boolean holds(String text, String expected) {
        if (expected.length() < 300) {
            return text.contains(expected);
        }
        int from = 0;
        int i = 0;
        while (i < expected.length()) {
            int piece = Math.min(24, expected.length() - i);
            int at = text.indexOf(expected.substring(i, i + piece), from);
            if (at < 0) {
                return false;
            }
            while (i + piece < expected.length() && at + piece < text.length()
                    && text.charAt(at + piece) == expected.charAt(i + piece)) {
                piece++;
            }
            from = at + piece;
            i += piece;
        }
        return true;
    }

    /** A name as a document prints it: on one line. */
    static String oneLine(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    /** The text a reader sees of Markdown in an RFP document: that of its sanitized HTML, scripts left out. */
    static String markdownText(String markdown) {
        String withoutScripts = SCRIPT_TAG.matcher(SCRIPT_ELEMENT.matcher(markdown).replaceAll("")).replaceAll("");
        return htmlText(MARKDOWN.toHtml(withoutScripts));
    }

    /** The text of an HTML fragment: tags dropped, character references decoded. */
    static String htmlText(String html) {
        Matcher m = ENTITY.matcher(TAG.matcher(html).replaceAll(" "));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return Character.toString(Integer.parseInt(name.substring(2), 16));
        }
        if (name.startsWith("#")) {
            return Character.toString(Integer.parseInt(name.substring(1)));
        }
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00A0";
            default -> "&" + name + ";";
        };
    }

    /** A payload as a failure message shows it: escaped, and cut. */
    static String show(String payload) {
        StringBuilder out = new StringBuilder();
        payload.codePoints().limit(60).forEach(c -> {
            if (c < 0x20 || c >= 0x7F && c < 0xA0 || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return (payload.length() > 60 ? out + "… (" + payload.length() + " characters)" : out.toString());
    }
}
