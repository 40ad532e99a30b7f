package org.rspnavigator.model.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small, valid catalog in memory: the five tables, three standards and one use case. Tests
 * break one file at a time and look at the problems reported.
 */
public final class CatalogFixture {

    private final Map<String, String> files = new LinkedHashMap<>();

    public CatalogFixture() {
        files.put("catalog.yaml", """
                edition: test
                source-document: ISO 21860:2020
                source-title: Health informatics — Reference standards portfolio (RSP) — Clinical imaging
                """);
        files.put("tables/table-1.md", """
                ---
                table: 1
                category: data
                title: Preferred, legacy, and emerging data standards
                clause: 5.3.1
                footnotes:
                  - mark: a
                    kind: regional-variation
                    regional-levels:
                      - regions: [us, canada]
                        level: high
                      - regions: [elsewhere]
                        level: low
                  - mark: b
                    kind: caveat
                    text: A caveat.
                ---
                Data standards.
                """);
        String[] categories = {"", "data", "content", "information-exchange", "privacy-security", "technical-workflow"};
        for (int t = 2; t <= 5; t++) {
            files.put("tables/table-" + t + ".md", """
                    ---
                    table: %d
                    category: %s
                    title: Table %d
                    clause: 5.4
                    footnotes: []
                    ---
                    Text.
                    """.formatted(t, categories[t], t));
        }
        files.put("standards/alpha.md", """
                ---
                id: alpha
                brief-name: Alpha
                formal-name: The Alpha Code System
                category: data
                group: preferred
                position: 1
                maturity: final
                product-adoption: moderate
                site-deployment: {footnote: a}
                tooling: moderate
                sdo: [who]
                clause: 5.3.1.6
                relations:
                  - kind: supersedes
                    target: beta
                    stated-in: Table 1
                ---

                ## Scope

                What alpha covers.

                ## Implementation notes

                Who implements alpha.

                ## Tooling

                Tools for alpha.
                """);
        files.put("standards/beta.md", """
                ---
                id: beta
                brief-name: Beta
                formal-name: The Beta Code System
                category: data
                group: legacy
                position: 1
                maturity: final
                product-adoption: high
                site-deployment: high
                tooling: low
                sdo: who
                clause: 5.3.1.6
                ---

                ## Scope

                What beta covers.

                ## Implementation notes

                Who implements beta.

                ## Tooling

                Tools for beta.
                """);
        files.put("standards/gamma.md", """
                ---
                id: gamma
                brief-name: Gamma
                formal-name: The Gamma Code System
                category: data
                group: emerging
                position: 1
                maturity: trial
                product-adoption: {level: low, footnote: b}
                site-deployment: pilot
                tooling: low
                sdo: [rsna, regenstrief]
                clause: 5.3.1.7
                ---

                ## Scope

                What gamma covers.

                ## Implementation notes

                Who implements gamma.

                ## Tooling

                Tools for gamma.
                """);
        files.put("use-cases/demo.md", """
                ---
                id: demo
                name: Device to department integration
                clause: 6.2
                table: 6
                rows:
                  - label: Alpha and Beta
                    standards: [alpha, beta]
                    systems: [RIS, PACS]
                    purpose: To code things.
                ---
                What the use case covers.
                """);
    }

    /** Adds two small profiles, their sources and a system type to the fixture. */
    public CatalogFixture withProfiles() {
        files.put("profiles/sources.yaml", """
                S-ONE: {kind: ihe-publication, what: "A technical framework volume, Rev. 1.0", section: "1", where: "example.org/tf/ch-1"}
                S-TWO: {kind: ihe-secondary, what: "An IHE wiki page", where: "example.org/wiki"}
                """);
        files.put("profiles/apr.md", """
                ---
                id: apr
                acronym: APR
                name: Alpha Profile
                domain: radiology
                status:
                  value: final-text
                  verified: true
                  sources: [S-ONE]
                verification: partial
                portfolio-entry: alpha
                builds-on: [beta]
                sources: [S-ONE, S-TWO]
                actors:
                  - name: Sender
                    verified: true
                    sources: [S-ONE]
                    options:
                      - name: Fast Option
                        verified: false
                  - name: Receiver
                    verified: partial
                    sources: [S-TWO]
                    note: name seen in one implementation only
                transactions:
                  - id: RAD-1
                    name: Send Thing
                    initiators: [Sender]
                    responders: [Receiver]
                    required-for: [Sender]
                    verified: true
                    sources: [S-ONE]
                groupings:
                  - actor: "*"
                    with-profile: bpr
                    with-actors: [Clock]
                    verified: true
                    sources: [S-ONE]
                ---

                ## Purpose

                Moves things from a sender to a receiver.
                """);
        files.put("profiles/bpr.md", """
                ---
                id: bpr
                acronym: BPR
                name: Beta Profile
                domain: it-infrastructure
                status: {value: trial-implementation}
                actors:
                  - name: Clock
                ---

                ## Purpose

                Keeps time.

                ## Notes

                Every actor of APR needs it.
                """);
        files.put("system-types/box.md", """
                ---
                id: box
                name: Box
                aliases: [Storage box]
                use-case-systems: [PACS]
                plays:
                  - profile: apr
                    actor: Receiver
                  - profile: apr
                    actor: Sender
                    options: [Fast Option]
                ---
                A box that stores things.
                """);
        return this;
    }

    public CatalogFixture with(String path, String text) {
        files.put(path, text);
        return this;
    }

    CatalogFixture without(String path) {
        files.remove(path);
        return this;
    }

    /** Replaces the first occurrence of {@code from} in {@code path}; fails if it is not there. */
    public CatalogFixture replace(String path, String from, String to) {
        String text = files.get(path);
        if (text == null || !text.contains(from)) {
            throw new IllegalArgumentException(path + " does not contain: " + from);
        }
        files.put(path, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
        return this;
    }

    String text(String path) {
        return files.get(path);
    }

    public CatalogFiles files() {
        return CatalogFiles.of("fixture", files);
    }
}
