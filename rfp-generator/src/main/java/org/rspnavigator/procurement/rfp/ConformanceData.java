package org.rspnavigator.procurement.rfp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rspnavigator.model.Region;
import org.yaml.snakeyaml.Yaml;

/**
 * The catalog's facts for wording requirements ({@code catalog/procurement/conformance.yaml}):
 * DICOM roles per standard and system type, HL7 v2 messages with direction and version, what a
 * terminology codes where, licences, the treatment of legacy data, and regional transitions.
 * Lookups by system type fall back to the type's kind ("modality", "archive") and then to
 * "default". Immutable.
 */
public final class ConformanceData {

    /** Where the file sits on the class path (in catalog-data). */
    public static final String RESOURCE = "catalog/procurement/conformance.yaml";

    private static volatile ConformanceData classpath;

    private final Map<String, Object> root;
    private final Map<String, String> kindOf = new LinkedHashMap<>();

    /** An HL7 v2 message type and, where the catalog's profile data holds it, the IHE transaction carrying it. */
    public record Message(String type, Optional<String> profile, Optional<String> transaction) {
    }

    /** What a system sends and receives of one HL7 v2 standard. */
    public record Hl7Role(List<String> sends, List<String> receives) {
    }

    /** An accepted regional transition for a standard. */
    public record RegionalAlternative(String standard, List<Region> regions, List<String> profiles, String hl7Version,
            Map<String, Map<String, List<String>>> actorNames, String plan) {

        /** The actor names {@code actor} (of the standard's profile) has in {@code profile}. */
        public List<String> actorsIn(String profile, String actor) {
            return actorNames.getOrDefault(actor, Map.of()).getOrDefault(profile, List.of(actor));
        }
    }

    @SuppressWarnings("unchecked")
    ConformanceData(String yaml) {
        Object loaded = new Yaml().load(yaml);
        this.root = loaded instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        map(root, "kinds").forEach((kind, members) -> strings(members).forEach(t -> kindOf.put(t, kind)));
    }

    /** An empty set of facts: every requirement is worded by the generic rules. */
    public static ConformanceData empty() {
        return new ConformanceData("{}");
    }

    /** The file from the class path, read once; empty when catalog-data is not there. */
    public static ConformanceData fromClasspath() {
        ConformanceData d = classpath;
        if (d == null) {
            try (InputStream in = ConformanceData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                d = in == null ? empty() : new ConformanceData(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            classpath = d;
        }
        return d;
    }

    /** The DICOM role lines of a system type for a standard, {images} filled in; empty when none is given. */
    public List<String> dicomRoles(String standard, String systemType) {
        List<String> images = strings(map(root, "image-sop-classes").get(systemType));
        String imageText = images.isEmpty() ? "the image Storage SOP classes it creates" : String.join(", ", images);
        return strings(lookup(map(map(root, "dicom-roles"), standard), systemType)).stream()
                .map(line -> line.replace("{images}", imageText)).toList();
    }

    /** The kind a system type belongs to ("modality" for "modality-ct"), if any. */
    public Optional<String> kindOf(String systemType) {
        return Optional.ofNullable(kindOf.get(systemType));
    }

    /**
     * The HL7 v2 version numbers that meet a requirement on an HL7 v2 standard ("2.5.1"), the
     * preferred first; empty when the file gives none.
     */
    public List<String> hl7VersionNumbers(String standard) {
        return strings(map(map(root, "hl7-v2"), standard).get("versions"));
    }

    /** The version of an HL7 v2 standard, if the file gives one. */
    public Optional<String> hl7Version(String standard) {
        return text(map(map(root, "hl7-v2"), standard).get("version"));
    }

    /** The messages of an HL7 v2 standard, with the transaction carrying each where known. */
    public List<Message> hl7Messages(String standard) {
        List<Message> messages = new ArrayList<>();
        map(map(map(root, "hl7-v2"), standard), "messages").forEach((type, where) -> {
            Map<String, Object> w = where instanceof Map<?, ?> ? asMap(where) : Map.of();
            messages.add(new Message(type, text(w.get("profile")), text(w.get("transaction"))));
        });
        return messages;
    }

    /** What a system type sends and receives of an HL7 v2 standard, if the file says. */
    public Optional<Hl7Role> hl7Role(String standard, String systemType) {
        Object found = lookup(map(map(root, "hl7-v2"), standard), systemType);
        if (!(found instanceof Map<?, ?>)) {
            return Optional.empty();
        }
        Map<String, Object> m = asMap(found);
        return Optional.of(new Hl7Role(strings(m.get("sends")), strings(m.get("receives"))));
    }

    /** What a terminology codes in a system type's data, if the file says. */
    public Optional<String> coded(String standard, String systemType) {
        return text(lookup(map(map(root, "terminology"), standard), systemType));
    }

    /** The release of a terminology that binds it, regional where the file gives one for the region. */
    public Optional<String> terminologyVersion(String standard, Optional<Region> region) {
        Map<String, Object> t = map(map(root, "terminology"), standard);
        return region.flatMap(r -> text(map(t, "regional-versions").get(r.slug()))).or(() -> text(t.get("version")));
    }

    /** Whether the binding release of a terminology depends on the region. */
    public boolean hasRegionalVersion(String standard) {
        return !map(map(map(root, "terminology"), standard), "regional-versions").isEmpty();
    }

    /** Who holds the licence a standard needs, if it needs one. */
    public Optional<String> licence(String standard) {
        return text(map(root, "licences").get(standard));
    }

    /** What to do with old data of a legacy standard, if the file says. */
    public Optional<String> oldData(String legacyStandard) {
        return text(map(map(root, "legacy-data"), legacyStandard).get("old-data"));
    }

    /** What to do with new data instead of a legacy standard, if the file says. */
    public Optional<String> newData(String legacyStandard) {
        return text(map(map(root, "legacy-data"), legacyStandard).get("new-data"));
    }

    /** The accepted transition for a standard in a region, if a footnote calls for one. */
    public Optional<RegionalAlternative> regionalAlternative(String standard, Region region) {
        Object list = root.get("regional-alternatives");
        if (!(list instanceof List<?> entries)) {
            return Optional.empty();
        }
        for (Object e : entries) {
            Map<String, Object> m = asMap(e);
            if (!standard.equals(m.get("standard"))) {
                continue;
            }
            List<Region> regions = strings(m.get("regions")).stream()
                    .map(s -> org.rspnavigator.model.Term.fromSlug(Region.class, s).orElseThrow()).toList();
            if (!regions.contains(region)) {
                continue;
            }
            Map<String, Map<String, List<String>>> names = new LinkedHashMap<>();
            map(m, "actor-names").forEach((actor, byProfile) -> {
                Map<String, List<String>> inner = new LinkedHashMap<>();
                asMap(byProfile).forEach((profile, actors) -> inner.put(profile, strings(actors)));
                names.put(actor, inner);
            });
            return Optional.of(new RegionalAlternative(standard, regions, strings(m.get("profiles")),
                    text(m.get("hl7-version")).orElse(""), names, text(m.get("plan")).orElse("")));
        }
        return Optional.empty();
    }

    /** The entry for a system type, else for its kind, else the default. */
    private Object lookup(Map<String, Object> byType, String systemType) {
        Object found = byType.get(systemType);
        if (found == null && kindOf.containsKey(systemType)) {
            found = byType.get(kindOf.get(systemType));
        }
        return found == null ? byType.get("default") : found;
    }

    private static Map<String, Object> map(Map<String, Object> in, String key) {
        Object v = in.get(key);
        return v instanceof Map<?, ?> ? asMap(v) : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return o instanceof Map<?, ?> ? (Map<String, Object>) o : Map.of();
    }

    private static List<String> strings(Object o) {
        if (o instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return o == null ? List.of() : List.of(String.valueOf(o));
    }

    private static Optional<String> text(Object o) {
        return o == null ? Optional.empty() : Optional.of(String.valueOf(o).strip()).filter(s -> !s.isEmpty());
    }
}
