package org.rspnavigator.search.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Standard;

/**
 * A catalog of any size made from the real one, for benchmarks: every synthetic standard starts
 * from a real one (so categories, ratings and the shape of the text stay plausible) and gets its
 * own id, a varied brief name, acronyms and formal name, and prose mixed from the sentences of
 * several real entries with a few invented product and vendor words (so the vocabulary grows
 * with the size, as it would in a real large catalog). Seeded: the same size gives the same
 * catalog. Use cases and relations are left out; the real catalog's search vocabulary is kept.
 */
public final class SyntheticCatalog {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;:])\\s+");
    private static final List<String> PREFIXES = List.of("DICOM", "IHE", "HL7", "ISO", "RSNA", "IEEE");
    private static final List<String> KINDS = List.of("SR", "IOD", "Profile", "Service", "Option", "Template",
            "Message", "Workflow", "Report", "Code Set");

    private SyntheticCatalog() {
    }

    public static Catalog of(Catalog real, int size, long seed) {
        Random random = new Random(seed);
        List<Standard> models = real.standards();
        List<String> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Standard s : models) {
            for (String text : List.of(s.scope(), s.implementationNotes(), s.toolingNote())) {
                sentences.addAll(Arrays.asList(SENTENCE_END.split(text.replaceAll("\\s+", " ").strip())));
            }
            for (String w : (s.formalName() + " " + String.join(" ", s.aliases())).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() > 3) {
                    words.add(w);
                }
            }
        }
        List<Standard> standards = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Standard model = models.get(i % models.size());
            String invented = invent(random, 5 + random.nextInt(4));
            String word1 = words.get(random.nextInt(words.size()));
            String word2 = words.get(random.nextInt(words.size()));
            String kind = KINDS.get(random.nextInt(KINDS.size()));
            String prefix = PREFIXES.get(random.nextInt(PREFIXES.size()));
            String acronym = acronym(random, word1, word2, kind);
            String brief = prefix + " " + word1 + " " + acronym + (random.nextInt(4) == 0 ? ".b" : "");
            String formal = prefix + " " + word1 + " " + word2 + " " + invented + " " + kind;
            String number = Integer.toString(1000 + i % 9000);
            String spec = model.specification().map(sp -> sp.replaceAll("\\d+$", number))
                    .orElse("Volume " + (1 + i % 4));
            standards.add(new Standard("syn-" + i + "-" + model.id(), brief, formal, model.category(), model.group(),
                    model.position(), model.maturity(), model.productAdoption(), model.siteDeployment(),
                    model.tooling(), model.footnotes(), model.sdos(), Optional.of(spec),
                    model.clause() + "." + (i / models.size()), List.of(acronym, acronym + "-" + invented.substring(0, 2).toUpperCase(Locale.ROOT)),
                    List.of(word2 + " " + kind, invented + " " + word1), paragraph(random, sentences, invented, 2, 4),
                    paragraph(random, sentences, invent(random, 6), 3, 6), paragraph(random, sentences, null, 1, 2),
                    "synthetic/" + i));
        }
        return new Catalog(real.edition(), real.tables(), standards, List.of(), List.of(), real.synonyms());
    }

    private static String paragraph(Random random, List<String> sentences, String invented, int min, int max) {
        StringBuilder text = new StringBuilder();
        int count = min + random.nextInt(max - min + 1);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(sentences.get(random.nextInt(sentences.size())));
        }
        if (invented != null) {
            text.append(" The ").append(invented).append(" implementation supports it.");
        }
        return text.toString();
    }

    /** A made-up product or vendor word, e.g. "Quorvex". */
    private static String invent(Random random, int length) {
        String consonants = "bcdfghklmnprstvxz";
        String vowels = "aeiou";
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String from = i % 2 == 0 ? consonants : vowels;
            word.append(from.charAt(random.nextInt(from.length())));
        }
        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
        return word.toString();
    }

    private static String acronym(Random random, String a, String b, String kind) {
        String letters = ("" + a.charAt(0) + b.charAt(0) + kind.charAt(0)).toUpperCase(Locale.ROOT);
        return letters + (char) ('A' + random.nextInt(26)) + (random.nextBoolean() ? "-" + (char) ('A' + random.nextInt(26)) : "");
    }
}
