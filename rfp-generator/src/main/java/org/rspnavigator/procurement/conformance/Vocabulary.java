package org.rspnavigator.procurement.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rspnavigator.model.Term;
import org.rspnavigator.procurement.rfp.ConformanceData;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The DICOM and HL7 vocabulary of the catalog ({@code catalog/procurement/vocabulary.yaml}): SOP
 * classes by UID with their names and the service class defining them, transfer syntaxes, DICOMweb
 * services, HL7 v2 messages, what a requirement on a portfolio entry asks each kind of system to
 * declare ({@link #expected}), and what IHE transactions carry ({@link #carried}). Each fact names
 * its sources.
 *
 * <p>The file is checked as a whole when it is read: every UID is a well-formed UID and every one
 * referred to is registered in the file, every role, service and source exists. A broken file is
 * refused with every problem listed ({@link InvalidVocabularyException}). Immutable.
 */
public final class Vocabulary {

    /** Where the file sits on the class path (in catalog-data). */
    public static final String RESOURCE = "catalog/procurement/vocabulary.yaml";


    private static volatile Vocabulary classpath;

    /** A source of the vocabulary's facts: what it is and where to read it. */
    public record Source(String id, String what, String where) {
    }

    /**
     * A SOP class as PS3.6 registers it.
     *
     * @param service the service class of PS3.4 defining it ("storage", "worklist", "query-retrieve", ...)
     * @param image   whether it is an image Storage SOP class
     */
    public record SopClass(String uid, String name, String service, boolean image, List<String> sources) {
    }

    /** A DICOMweb service of PS3.18 ("WADO-RS") and what PS3.18 calls it. */
    public record Service(String id, String name, List<String> sources) {
    }

    /** An HL7 v2 message type with trigger event ("ORU^R01") and the event's name. */
    public record Message(String type, String name, List<String> sources) {
    }

    /** One thing a requirement asks a system to declare. */
    public sealed interface Expected {
    }

    /**
     * A DICOM role for a SOP class.
     *
     * @param anyOf the SOP class UIDs of which any one will do; usually one
     */
    public record ExpectedSop(List<String> anyOf, DicomRole role) implements Expected {
        public ExpectedSop {
            anyOf = List.copyOf(anyOf);
        }
    }

    /** A role for a DICOMweb service. */
    public record ExpectedService(String service, DicomWebRole role) implements Expected {
    }

    /**
     * What an IHE transaction carries in DICOM: the initiator takes one role for the SOP class, each
     * responder the other.
     *
     * @param anyOf the SOP class UIDs; when {@code anyImage}, empty and any image Storage SOP class will do
     */
    public record CarriedSop(List<String> anyOf, boolean anyImage, DicomRole initiator, DicomRole responder) {
        public CarriedSop {
            anyOf = List.copyOf(anyOf);
        }
    }

    /** What an IHE transaction carries: DICOM SOP classes with roles, HL7 v2 messages (sent by the initiator). */
    public record Carried(String transaction, List<CarriedSop> dicom, List<String> hl7, List<String> sources) {
        public Carried {
            dicom = List.copyOf(dicom);
            hl7 = List.copyOf(hl7);
            sources = List.copyOf(sources);
        }
    }

    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, SopClass> sopClasses = new LinkedHashMap<>();
    private final Map<String, String> transferSyntaxes = new LinkedHashMap<>();
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, Message> messages = new LinkedHashMap<>();
    private final Map<String, List<String>> images = new LinkedHashMap<>();
    private final List<String> allImages = new ArrayList<>();
    private final Map<String, Map<String, Object>> expected = new LinkedHashMap<>();
    private final Map<String, List<String>> templates = new LinkedHashMap<>();
    private final Map<String, Carried> carried = new LinkedHashMap<>();
    private final ConformanceData kinds;
    private final List<String> problems = new ArrayList<>();

    private Vocabulary(Map<String, Object> root, ConformanceData kinds) {
        this.kinds = kinds;
        readSources(map(root, "sources", "the file"));
        readSopClasses(map(root, "sop-classes", "the file"));
        map(root, "transfer-syntaxes", "the file").forEach((uid, name) -> {
            uid(uid, "transfer-syntaxes");
            transferSyntaxes.put(uid, String.valueOf(name));
        });
        map(root, "dicomweb-services", "the file").forEach((id, v) -> {
            Map<String, Object> m = map(v, "dicomweb-services " + id);
            services.put(id, new Service(id, text(m, "name", "dicomweb-services " + id), sourceIds(m, "dicomweb-services " + id)));
        });
        map(root, "hl7-messages", "the file").forEach((type, v) -> {
            String where = "hl7-messages " + type;
            if (!Syntax.message(type)) {
                problems.add(where + ": '" + type + "' is not a message type with trigger event such as ADT^A01");
            }
            Map<String, Object> m = map(v, where);
            messages.put(type, new Message(type, text(m, "name", where), sourceIds(m, where)));
        });
        map(root, "images", "the file").forEach((type, uids) -> images.put(type, knownSops(uids, "images " + type)));
        if (root.containsKey("all-images")) {
            allImages.addAll(knownSops(root.get("all-images"), "all-images"));
        }
        map(root, "expected", "the file").forEach(this::readExpected);
        map(root, "transactions", "the file").forEach(this::readTransaction);
        if (!problems.isEmpty()) {
            throw new InvalidVocabularyException(problems);
        }
    }

    /**
     * The vocabulary in {@code yaml}, kinds of system as {@code kinds} gives them.
     *
     * @throws InvalidVocabularyException listing every problem of a file that is not YAML or breaks its rules
     */
    public static Vocabulary parse(String yaml, ConformanceData kinds) {
        Object loaded;
        try {
            loaded = new Yaml().load(yaml);
        } catch (YAMLException e) {
            throw new InvalidVocabularyException(List.of("the file is not valid YAML: " + e.getMessage()));
        }
        if (!(loaded instanceof Map<?, ?>)) {
            throw new InvalidVocabularyException(List.of("the file must hold a YAML mapping of sections"));
        }
        return new Vocabulary(asMap(loaded), kinds);
    }

    /** The file from the class path, read once; empty when catalog-data is not there. */
    public static Vocabulary fromClasspath() {
        Vocabulary v = classpath;
        if (v == null) {
            try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                v = parse(in == null ? "{}" : new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        ConformanceData.fromClasspath());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            classpath = v;
        }
        return v;
    }

    /** An empty vocabulary: nothing can be assessed from conformance parts. */
    public static Vocabulary empty() {
        return parse("{}", ConformanceData.empty());
    }

    /** The SOP class registered under {@code uid}, if the vocabulary has it. */
    public Optional<SopClass> sopClass(String uid) {
        return Optional.ofNullable(sopClasses.get(uid));
    }

    /** Every SOP class, in the file's order. */
    public Collection<SopClass> sopClasses() {
        return sopClasses.values();
    }

    /** "CT Image Storage (1.2.840.10008.5.1.4.1.1.2)", or the bare UID where the vocabulary does not know it. */
    public String sopClassName(String uid) {
        return sopClass(uid).map(s -> s.name() + " (" + uid + ")").orElse(uid);
    }

    /** The name of a transfer syntax, if the vocabulary has it. */
    public Optional<String> transferSyntax(String uid) {
        return Optional.ofNullable(transferSyntaxes.get(uid));
    }

    /** Transfer syntax UID to name, in the file's order. */
    public Map<String, String> transferSyntaxes() {
        return java.util.Collections.unmodifiableMap(transferSyntaxes);
    }

    /** The DICOMweb service {@code id}, if the vocabulary has it. */
    public Optional<Service> service(String id) {
        return Optional.ofNullable(services.get(id));
    }

    /** Every DICOMweb service, in the file's order. */
    public Collection<Service> services() {
        return services.values();
    }

    /** The HL7 v2 message {@code type}, if the vocabulary has it. */
    public Optional<Message> message(String type) {
        return Optional.ofNullable(messages.get(type));
    }

    /** Every HL7 v2 message, in the file's order. */
    public Collection<Message> messages() {
        return messages.values();
    }

    /** The source {@code id}, if the file lists it. */
    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** The SR templates a requirement on {@code standard} names ("TID 10011 CT Radiation Dose"); often none. */
    public List<String> templates(String standard) {
        return templates.getOrDefault(standard, List.of());
    }

    /**
     * What a requirement on {@code standard} asks a system of type {@code systemType} to declare, in the
     * file's order with "images" and "all-images" spelt out: the lines given for the type, else for its
     * kind, else the default. Empty when the vocabulary gives none, and the requirement is then not
     * assessed from a conformance part.
     */
    public List<Expected> expected(String standard, String systemType) {
        Map<String, Object> byType = expected.get(standard);
        if (byType == null) {
            return List.of();
        }
        Object lines = byType.get(systemType);
        if (lines == null) {
            lines = kinds.kindOf(systemType).map(byType::get).orElse(null);
        }
        if (lines == null) {
            lines = byType.get("default");
        }
        if (!(lines instanceof List<?> list)) {
            return List.of();
        }
        List<Expected> out = new ArrayList<>();
        for (Object line : list) {
            Map<String, Object> m = asMap(line);
            if (m.containsKey("service")) {
                out.add(new ExpectedService(String.valueOf(m.get("service")),
                        Term.fromSlug(DicomWebRole.class, String.valueOf(m.get("role"))).orElseThrow()));
                continue;
            }
            DicomRole role = DicomRole.valueOf(String.valueOf(m.get("role")));
            Object sop = m.get("sop");
            if ("images".equals(sop)) {
                images.getOrDefault(systemType, List.of()).forEach(uid -> out.add(new ExpectedSop(List.of(uid), role)));
            } else if ("all-images".equals(sop)) {
                allImages.forEach(uid -> out.add(new ExpectedSop(List.of(uid), role)));
            } else {
                out.add(new ExpectedSop(strings(sop), role));
            }
        }
        return out;
    }

    /** The image Storage SOP classes a modality type creates; empty for other types. */
    public List<String> images(String systemType) {
        return images.getOrDefault(systemType, List.of());
    }

    /** What IHE transaction {@code id} ("RAD-5") carries in every profile, if the vocabulary says. */
    public Optional<Carried> carried(String id) {
        return Optional.ofNullable(carried.get(id));
    }

    /**
     * What IHE transaction {@code id} carries in profile {@code profile}: what the vocabulary says for
     * that profile ("swf-b:RAD-4"), else for every profile ("RAD-4").
     */
    public Optional<Carried> carried(String profile, String id) {
        return Optional.ofNullable(carried.get(profile + ":" + id)).or(() -> carried(id));
    }

    private void readSources(Map<String, Object> section) {
        section.forEach((id, v) -> {
            Map<String, Object> m = map(v, "sources " + id);
            sources.put(id, new Source(id, text(m, "what", "sources " + id), text(m, "where", "sources " + id)));
        });
    }

    private void readSopClasses(Map<String, Object> section) {
        section.forEach((uid, v) -> {
            String where = "sop-classes " + uid;
            uid(uid, "sop-classes");
            Map<String, Object> m = map(v, where);
            sopClasses.put(uid, new SopClass(uid, text(m, "name", where), text(m, "service", where),
                    Boolean.TRUE.equals(m.get("image")), sourceIds(m, where)));
        });
    }

    private void readExpected(String standard, Object value) {
        String where = "expected " + standard;
        Map<String, Object> byType = map(value, where);
        templates.put(standard, strings(byType.get("templates")));
        Map<String, Object> lines = new LinkedHashMap<>();
        byType.forEach((type, v) -> {
            if (type.equals("templates")) {
                return;
            }
            if (!(v instanceof List<?> list)) {
                problems.add(where + " " + type + ": a list of lines is expected");
                return;
            }
            for (Object line : list) {
                checkLine(asMap(line), where + " " + type);
            }
            lines.put(type, v);
        });
        expected.put(standard, lines);
    }

    private void checkLine(Map<String, Object> line, String where) {
        Object role = line.get("role");
        if (line.containsKey("service")) {
            if (!services.containsKey(String.valueOf(line.get("service")))) {
                problems.add(where + ": the DICOMweb service '" + line.get("service") + "' is not in dicomweb-services");
            }
            if (Term.fromSlug(DicomWebRole.class, String.valueOf(role)).isEmpty()) {
                problems.add(where + ": the role '" + role + "' is not one of " + Term.slugs(DicomWebRole.class));
            }
            return;
        }
        Object sop = line.get("sop");
        if (sop == null) {
            problems.add(where + ": a line needs \"sop\" or \"service\"");
        } else if (!"images".equals(sop) && !"all-images".equals(sop)) {
            knownSops(sop, where);
        }
        dicomRole(role, where);
    }

    private void readTransaction(String id, Object value) {
        String where = "transactions " + id;
        Map<String, Object> m = map(value, where);
        List<CarriedSop> dicom = new ArrayList<>();
        Object lines = m.get("dicom");
        if (lines instanceof List<?> list) {
            for (Object line : list) {
                Map<String, Object> l = asMap(line);
                boolean anyImage = "images".equals(l.get("sop"));
                List<String> uids = anyImage ? List.of() : knownSops(l.get("sop"), where);
                dicom.add(new CarriedSop(uids, anyImage, dicomRole(l.get("initiator"), where),
                        dicomRole(l.get("responder"), where)));
            }
        }
        List<String> hl7 = strings(m.get("hl7"));
        hl7.stream().filter(t -> !messages.containsKey(t)).forEach(t -> problems.add(where + ": the message '" + t
                + "' is not in hl7-messages"));
        carried.put(id, new Carried(id, dicom, hl7, sourceIds(m, where)));
    }

    private DicomRole dicomRole(Object role, String where) {
        try {
            return DicomRole.valueOf(String.valueOf(role));
        } catch (IllegalArgumentException e) {
            problems.add(where + ": the role '" + role + "' is not SCU or SCP");
            return DicomRole.SCU;
        }
    }

    /** The UIDs in {@code value} (one or a list), each checked to be a SOP class of the file. */
    private List<String> knownSops(Object value, String where) {
        List<String> uids = strings(value);
        if (uids.isEmpty()) {
            problems.add(where + ": no SOP class UID is given");
        }
        uids.stream().filter(u -> !sopClasses.containsKey(u)).forEach(u -> problems.add(where + ": the SOP class '"
                + u + "' is not in sop-classes"));
        return uids;
    }

    private void uid(String uid, String where) {
        if (!Syntax.uid(uid)) {
            problems.add(where + ": '" + uid + "' is not a DICOM UID (digits and dots, no leading zeros, at most 64 characters)");
        }
    }

    private List<String> sourceIds(Map<String, Object> m, String where) {
        List<String> ids = strings(m.get("sources"));
        if (ids.isEmpty()) {
            problems.add(where + ": no source is given");
        }
        ids.stream().filter(id -> !sources.containsKey(id)).forEach(id -> problems.add(where + ": the source '" + id
                + "' is not in sources"));
        return ids;
    }

    private String text(Map<String, Object> m, String field, String where) {
        Object v = m.get(field);
        if (v == null || String.valueOf(v).isBlank()) {
            problems.add(where + ": \"" + field + "\" is missing");
            return "";
        }
        return String.valueOf(v).strip();
    }

    private Map<String, Object> map(Object value, String where) {
        if (value instanceof Map<?, ?>) {
            return asMap(value);
        }
        problems.add(where + ": a mapping is expected");
        return Map.of();
    }

    private Map<String, Object> map(Map<String, Object> in, String key, String where) {
        Object v = in.get(key);
        return v == null ? Map.of() : map(v, key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        if (!(o instanceof Map<?, ?> m)) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        ((Map<Object, Object>) m).forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static List<String> strings(Object o) {
        if (o instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return o == null ? List.of() : List.of(String.valueOf(o));
    }
}
