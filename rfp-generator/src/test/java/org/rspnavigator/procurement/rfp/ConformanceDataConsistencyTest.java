package org.rspnavigator.procurement.rfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.load.CatalogLoader;
import org.yaml.snakeyaml.Yaml;

/** Every id the conformance facts name is in the catalog, so the wording cannot drift from it. */
class ConformanceDataConsistencyTest {

    private static final Catalog CATALOG = CatalogLoader.loadFromClasspath();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> file() throws IOException {
        try (InputStream in = ConformanceData.class.getClassLoader().getResourceAsStream(ConformanceData.RESOURCE)) {
            assertThat(in).as(ConformanceData.RESOURCE).isNotNull();
            return (Map<String, Object>) new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    void everyStandardSystemTypeProfileActorAndTransactionNamedIsInTheCatalog() throws IOException {
        Map<String, Object> f = file();
        Set<String> kinds = map(f.get("kinds")).keySet();
        List<String> problems = new ArrayList<>();
        map(f.get("kinds")).forEach((kind, members) -> ((List<String>) members).stream()
                .filter(t -> CATALOG.systemType(t).isEmpty()).forEach(t -> problems.add("kinds." + kind + ": " + t)));
        map(f.get("image-sop-classes")).keySet().stream().filter(t -> CATALOG.systemType(t).isEmpty())
                .forEach(t -> problems.add("image-sop-classes: " + t));
        for (String section : List.of("dicom-roles", "hl7-v2", "terminology")) {
            map(f.get(section)).forEach((standard, byType) -> {
                if (CATALOG.standard(standard).isEmpty()) {
                    problems.add(section + ": standard " + standard);
                }
                for (String key : map(byType).keySet()) {
                    boolean known = kinds.contains(key) || CATALOG.systemType(key).isPresent()
                            || Set.of("default", "version", "versions", "messages", "regional-versions").contains(key);
                    if (!known) {
                        problems.add(section + "." + standard + ": " + key);
                    }
                }
            });
        }
        map(f.get("hl7-v2")).forEach((standard, body) -> {
            Object messages = map(body).get("messages");
            if (messages == null) {
                return;
            }
            map(messages).forEach((type, where) -> {
                Map<String, Object> w = where == null ? Map.of() : map(where);
                if (w.get("profile") == null) {
                    return;
                }
                Profile p = CATALOG.profile((String) w.get("profile")).orElse(null);
                if (p == null || p.transactions().stream().noneMatch(t -> t.id().equals(w.get("transaction")))) {
                    problems.add("hl7-v2." + standard + "." + type + ": " + w);
                }
            });
        });
        for (String section : List.of("licences", "legacy-data")) {
            map(f.get(section)).keySet().stream().filter(s -> CATALOG.standard(s).isEmpty())
                    .forEach(s -> problems.add(section + ": " + s));
        }
        for (Object o : (List<Object>) f.get("regional-alternatives")) {
            Map<String, Object> alt = map(o);
            if (CATALOG.standard((String) alt.get("standard")).flatMap(CATALOG::profileOf).isEmpty()) {
                problems.add("regional-alternatives: " + alt.get("standard") + " is not a catalog profile");
            }
            for (String profile : (List<String>) alt.get("profiles")) {
                if (CATALOG.profile(profile).isEmpty()) {
                    problems.add("regional-alternatives: profile " + profile);
                }
            }
            map(alt.get("actor-names")).forEach((actor, byProfile) -> map(byProfile).forEach((profile, names) ->
                    ((List<String>) names).stream().filter(n -> CATALOG.profile(profile).flatMap(p -> p.actor(n)).isEmpty())
                            .forEach(n -> problems.add("regional-alternatives: " + profile + " has no " + n))));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aLegacyStandardWithLegacyDataHasASuccessorInTheCatalog() throws IOException {
        for (String legacy : map(file().get("legacy-data")).keySet()) {
            assertThat(CATALOG.relationsOf(CATALOG.standard(legacy).orElseThrow()))
                    .as(legacy).anyMatch(v -> v.kind().equals("superseded-by"));
        }
    }
}
