package org.rspnavigator.diagrams.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rspnavigator.diagrams.Colour;
import org.rspnavigator.diagrams.TextMetrics;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.IheDomain;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.model.ProfileStatus;
import org.rspnavigator.model.ProfileTransaction;
import org.rspnavigator.model.Verification;
import org.rspnavigator.model.VerificationLevel;
import org.rspnavigator.model.load.CatalogLoader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The actor diagram of a profile: markup, geometry, legibility and the text alternative. */
class ProfileDiagramTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    // --- markup and text alternative ----------------------------------------------------------

    @ParameterizedTest
    @MethodSource("samples")
    void isWellFormedScalableAndNamed(Profile profile) throws Exception {
        Element svg = parse(drawing(profile)).getDocumentElement();

        assertThat(svg.getNamespaceURI()).isEqualTo(SVG);
        assertThat(svg.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
        assertThat(svg.getAttribute("width")).isEqualTo("100%");
        assertThat(svg.hasAttribute("height")).isFalse();
        // Scales down with its container, never up beyond the size its text was set for.
        assertThat(svg.getAttribute("style")).isEqualTo("max-width: " + svg.getAttribute("viewBox").split(" ")[2] + "px");
        assertThat(svg.getAttribute("role")).isEqualTo("group");
        assertThat(byId(svg, svg.getAttribute("aria-labelledby")).getTextContent())
                .isEqualTo("Actors and transactions of " + profile.acronym());
        assertThat(byId(svg, svg.getAttribute("aria-describedby")).getLocalName()).isEqualTo("desc");
        assertThat(elements(svg, "style").getFirst().getTextContent()).contains("svg.rsp-profile-diagram");
        // Text on boxes and labels reads at WCAG AA contrast.
        for (Element text : elements(svg, "text")) {
            Colour ink = Colour.hex(text.getAttribute("fill"));
            assertThat(Colour.contrast(ink, ProfileDiagram.BOX_FILL)).as(text.getTextContent()).isGreaterThanOrEqualTo(4.5);
            assertThat(Colour.contrast(ink, Colour.WHITE)).isGreaterThanOrEqualTo(4.5);
        }
        // The drawing itself is hidden: the description says what it shows.
        for (Element g : children(svg, "g")) {
            assertThat(g.getAttribute("aria-hidden")).isEqualTo("true");
        }
    }

    @Test
    void descriptionListsEveryTransactionInWords() throws Exception {
        String desc = desc(drawing(swfLike()));

        assertThat(desc).startsWith("Scheduled Workflow (SWF): 10 actors, 21 transactions. Actors: ADT, Order Placer, ")
                .contains("Image Display initiates Query Images [RAD-14] to Image Archive.")
                .contains("ADT initiates Patient Registration [RAD-1] to Order Placer and "
                        + "Department System Scheduler/Order Filler.")
                .contains("Evidence Creator initiates Creator Procedure Step Completed [RAD-21] to "
                        + "Performed Procedure Step Manager, Department System Scheduler/Order Filler and Image Manager.")
                // The relaying manager does not send to itself.
                .contains("Performed Procedure Step Manager initiates Creator Procedure Step Completed [RAD-21] to "
                        + "Department System Scheduler/Order Filler and Image Manager.")
                .contains("Acquisition Modality initiates Modality Presentation State Stored [RAD-9] to Image Archive "
                        + "(unverified).")
                .contains("Report Manager (partly verified)");
        for (ProfileTransaction t : swfLike().transactions()) {
            assertThat(desc).contains(t.name() + " [" + t.id() + "]");
        }

        String air = desc(drawing(displayOnly()));
        assertThat(air).contains("Image Display initiates Display Analysis Result [RAD-137], which has no responding actor.")
                .contains("Evidence Creator takes part in no transaction of this profile.");
    }

    // --- actors -------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("samples")
    void drawsOneBoxPerActorWithItsName(Profile profile) throws Exception {
        Element svg = parse(drawing(profile)).getDocumentElement();
        List<Element> actors = byClass(svg, "g", "actor");

        // The profile's actors, then any a transaction names without the profile listing it.
        Set<String> expected = new LinkedHashSet<>(profile.actors().stream().map(ProfileActor::name).toList());
        profile.transactions().forEach(t -> {
            expected.addAll(t.initiators());
            expected.addAll(t.responders());
        });
        assertThat(actors).extracting(a -> a.getAttribute("data-actor")).containsExactlyElementsOf(expected);
        for (Element a : actors) {
            assertThat(children(a, "rect")).hasSize(1);
            assertThat(joinedName(a)).isEqualTo(a.getAttribute("data-actor"));
            assertThat(elements(a, "tspan")).hasSizeBetween(1, 3);
        }
        assertThat(byClass(svg, "rect", "actor")).hasSameSizeAs(expected);
    }

    @Test
    void wrapsLongNamesOverTwoOrThreeLinesWithinTheBox() throws Exception {
        Element svg = parse(drawing(swfLike())).getDocumentElement();
        Element dss = actorGroup(svg, "Department System Scheduler/Order Filler");
        List<Element> lines = elements(dss, "tspan");
        Box box = box(children(dss, "rect").getFirst());

        assertThat(lines).hasSizeBetween(2, 3);
        assertThat(lines.getFirst().getTextContent()).startsWith("Department");
        for (Element line : lines) {
            assertThat(TextMetrics.width(line.getTextContent(), ProfileDiagram.NAME_SIZE, true))
                    .isLessThanOrEqualTo(box.w() - 12);
        }
        assertThat(BoxSize.wrap("Image Manager/Image Archive", 120)).containsExactly("Image Manager/",
                "Image Archive");
    }

    @Test
    void actorsInNoTransactionAreDrawnToo() throws Exception {
        Element svg = parse(drawing(displayOnly())).getDocumentElement();
        assertThat(actorGroup(svg, "Evidence Creator")).isNotNull();

        Element single = parse(drawing(profile("CT", "Consistent Time",
                List.of(actor("Time Client")), List.of()))).getDocumentElement();
        assertThat(byClass(single, "rect", "actor")).hasSize(1);
    }

    // --- transactions -------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("samples")
    void labelsEveryTransactionOnEveryLineItIsDrawnOn(Profile profile) throws Exception {
        Element svg = parse(drawing(profile)).getDocumentElement();
        List<Element> texts = byClass(svg, "text", "transaction");
        List<Element> flows = byClass(svg, "line", "flow");

        for (ProfileTransaction t : profile.transactions()) {
            String label = t.name() + " [" + t.id() + "]";
            assertThat(texts).as(label).anySatisfy(text -> assertThat(text.getTextContent()).endsWith(" " + label));
            for (String i : t.initiators()) {
                for (String r : t.responders()) {
                    if (i.equals(r)) {
                        continue;
                    }
                    assertThat(flows).as("%s → %s: %s", i, r, t.id()).filteredOn(
                            l -> l.getAttribute("data-initiator").equals(i) && l.getAttribute("data-responder").equals(r)
                                    && List.of(l.getAttribute("data-transactions").split(" ")).contains(t.id()))
                            .hasSize(1);
                }
            }
        }
        // Every label line starts with an arrow.
        for (Element text : texts) {
            assertThat(text.getTextContent()).matches("[→←↑↓↗↘↙↖↻] .+ \\[[A-Z]+-\\d+\\]");
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void arrowsRunFromTheInitiatorsBoxToTheRespondersBox(Profile profile) throws Exception {
        Element svg = parse(drawing(profile)).getDocumentElement();
        String marker = byId(svg, elements(svg, "marker").getFirst().getAttribute("id")).getAttribute("id");

        for (Element line : byClass(svg, "line", "flow")) {
            assertThat(line.getAttribute("marker-end")).isEqualTo("url(#" + marker + ")");
            assertThat(line.hasAttribute("marker-start")).isFalse();
            Box from = box(children(actorGroup(svg, line.getAttribute("data-initiator")), "rect").getFirst());
            Box to = box(children(actorGroup(svg, line.getAttribute("data-responder")), "rect").getFirst());
            double x1 = num(line, "x1");
            double y1 = num(line, "y1");
            double x2 = num(line, "x2");
            double y2 = num(line, "y2");
            assertThat(from.onBorder(x1, y1)).as("start of %s on %s", line.getAttribute("data-transactions"),
                    line.getAttribute("data-initiator")).isTrue();
            assertThat(to.onBorder(x2, y2)).as("end of %s on %s", line.getAttribute("data-transactions"),
                    line.getAttribute("data-responder")).isTrue();
            // Pointing at the responder: the end is nearer its centre than the start is.
            assertThat(Math.hypot(x2 - to.cx(), y2 - to.cy())).isLessThan(Math.hypot(x1 - to.cx(), y1 - to.cy()));
        }
    }

    @Test
    void theLabelArrowShowsEachTransactionsDirectionOnASharedLine() throws Exception {
        Profile p = profile("PIX", "Patient Identifier Cross-referencing",
                List.of(actor("PIX Consumer"), actor("PIX Manager")),
                List.of(tx("ITI-9", "PIX Query", List.of("PIX Consumer"), List.of("PIX Manager")),
                        tx("ITI-10", "PIX Update Notification", List.of("PIX Manager"), List.of("PIX Consumer"))));
        Element svg = parse(drawing(p)).getDocumentElement();
        Box consumer = box(children(actorGroup(svg, "PIX Consumer"), "rect").getFirst());
        Box manager = box(children(actorGroup(svg, "PIX Manager"), "rect").getFirst());
        String towardsManager = DiagramSvg.glyph(manager.cx() - consumer.cx(), manager.cy() - consumer.cy());
        String towardsConsumer = DiagramSvg.glyph(consumer.cx() - manager.cx(), consumer.cy() - manager.cy());

        List<String> texts = byClass(svg, "text", "transaction").stream().map(Element::getTextContent).toList();
        assertThat(texts).containsExactly(towardsManager + " PIX Query [ITI-9]",
                towardsConsumer + " PIX Update Notification [ITI-10]");
        // Both ways: two parallel lines, one per direction, sharing one label.
        assertThat(byClass(svg, "line", "flow")).hasSize(2);
        assertThat(byClass(svg, "g", "label")).hasSize(1);
        assertThat(DiagramSvg.glyph(1, 0)).isEqualTo("→");
        assertThat(DiagramSvg.glyph(0, 1)).isEqualTo("↓");
        assertThat(DiagramSvg.glyph(-1, -1)).isEqualTo("↖");
    }

    @Test
    void aTransactionWithoutResponderIsAStubOutOfItsInitiator() throws Exception {
        Element svg = parse(drawing(displayOnly())).getDocumentElement();
        List<Element> stubs = byClass(svg, "line", "stub");

        assertThat(stubs).singleElement().satisfies(stub -> {
            assertThat(stub.getAttribute("data-kind")).isEqualTo("out");
            assertThat(stub.getAttribute("data-transactions")).isEqualTo("RAD-137");
            assertThat(stub.getAttribute("marker-end")).startsWith("url(#");
            Box display = box(children(actorGroup(svg, "Image Display"), "rect").getFirst());
            assertThat(display.onBorder(num(stub, "x1"), num(stub, "y1"))).isTrue();
            assertThat(display.contains(num(stub, "x2"), num(stub, "y2"), -1)).isFalse();
            // It ends at a box that says so, not in empty space.
            Element placeholder = byClass(svg, "g", "placeholder").getFirst();
            assertThat(placeholder.getAttribute("data-kind")).isEqualTo("out");
            assertThat(placeholder.getAttribute("data-actor")).isEqualTo("Image Display");
            assertThat(joinedName(placeholder)).isEqualTo("responder not recorded");
            assertThat(box(children(placeholder, "rect").getFirst()).onBorder(num(stub, "x2"), num(stub, "y2")))
                    .isTrue();
        });
        assertThat(byClass(svg, "text", "transaction")).extracting(Element::getTextContent)
                .anySatisfy(t -> assertThat(t).endsWith(" Display Analysis Result [RAD-137]"));
    }

    @Test
    void aTransactionWithoutInitiatorPointsIntoItsResponderAndOneToTheSameActorIsALoop() throws Exception {
        Profile p = profile("EDGE", "Edge cases", List.of(actor(IM), actor(ID)),
                List.of(tx("RAD-70", "Move Instances", List.of(IM), List.of(IM)),
                        tx("RAD-71", "Receive Notification", List.of(), List.of(ID)),
                        tx("RAD-73", "Query Images", List.of(ID), List.of(IM)),
                        tx("RAD-74", "Floating", List.of(), List.of())));
        String markup = drawing(p);
        Element svg = parse(markup).getDocumentElement();
        Box display = box(children(actorGroup(svg, ID), "rect").getFirst());
        Box manager = box(children(actorGroup(svg, IM), "rect").getFirst());

        Element in = byClass(svg, "line", "stub").getFirst();
        assertThat(in.getAttribute("data-kind")).isEqualTo("in");
        assertThat(display.onBorder(num(in, "x2"), num(in, "y2"))).as("arrowhead on the responder").isTrue();
        Element source = byClass(svg, "g", "placeholder").getFirst();
        assertThat(joinedName(source)).isEqualTo("initiator not recorded");
        assertThat(box(children(source, "rect").getFirst()).onBorder(num(in, "x1"), num(in, "y1")))
                .as("starts at the placeholder").isTrue();
        Element loop = byClass(svg, "path", "stub").getFirst();
        assertThat(loop.getAttribute("data-kind")).isEqualTo("self");
        assertThat(loop.getAttribute("marker-end")).startsWith("url(#");
        String[] d = loop.getAttribute("d").replaceAll("[MC]", "").trim().split("\\s+");
        assertThat(manager.onBorder(Double.parseDouble(d[0]), Double.parseDouble(d[1]))).isTrue();
        assertThat(manager.onBorder(Double.parseDouble(d[6]), Double.parseDouble(d[7]))).isTrue();
        assertThat(byClass(svg, "text", "transaction")).extracting(Element::getTextContent)
                .contains("↻ Move Instances [RAD-70]");
        // A transaction without actors cannot be drawn; it is named below the picture and in the description.
        assertThat(texts(svg)).contains("Without actors, not drawn: Floating [RAD-74]");
        assertThat(desc(markup)).contains("Image Manager initiates Move Instances [RAD-70] to another Image Manager.",
                "Image Display responds to Receive Notification [RAD-71], which has no initiating actor.",
                "Floating [RAD-74] has no actors recorded.");
        assertLegible(markup);
    }

    // --- verification -------------------------------------------------------------------------

    @Test
    void unverifiedActorsAndTransactionsAreDashedAndTheLegendSaysSo() throws Exception {
        Profile p = swfLike();
        Element svg = parse(drawing(p)).getDocumentElement();

        for (ProfileActor a : p.actors()) {
            Element rect = children(actorGroup(svg, a.name()), "rect").getFirst();
            assertThat(rect.hasAttribute("stroke-dasharray")).as(a.name()).isEqualTo(!a.verification().isVerified());
        }
        for (Element line : byClass(svg, "line", "flow")) {
            boolean allVerified = Stream.of(line.getAttribute("data-transactions").split(" "))
                    .allMatch(id -> transaction(p, id).verification().isVerified());
            assertThat(line.hasAttribute("stroke-dasharray")).as(line.getAttribute("data-transactions"))
                    .isEqualTo(!allVerified);
        }
        // Each unverified transaction's entry in a label is framed with a dashed line.
        for (Element label : byClass(svg, "g", "label")) {
            long unverified = children(label, "text").stream()
                    .filter(t -> !transaction(p, t.getAttribute("data-transaction")).verification().isVerified()).count();
            assertThat(byClass(label, "rect", "unconfirmed")).hasSize((int) unverified)
                    .allSatisfy(r -> assertThat(r.getAttribute("stroke-dasharray")).isNotBlank());
        }
        assertThat(texts(svg)).contains(ProfileDiagram.DASHED_NOTE, ProfileDiagram.ARROW_NOTE);

        Element verified = parse(drawing(pixLike())).getDocumentElement();
        assertThat(texts(verified)).contains(ProfileDiagram.ARROW_NOTE).doesNotContain(ProfileDiagram.DASHED_NOTE);
        assertThat(elements(verified, "*")).noneMatch(e -> e.hasAttribute("stroke-dasharray")
                && !e.getAttribute("class").contains("leader"));
    }

    // --- layout -------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("samples")
    void nothingOverlapsAndEverythingIsOnTheCanvas(Profile profile) throws Exception {
        assertLegible(drawing(profile));
    }

    @Test
    void theTenActorWorkflowIsLaidOutWithoutOverlapsAndNoWiderThanAPageNeeds() throws Exception {
        Profile swf = swfLike();
        String markup = drawing(swf);
        assertLegible(markup);
        Element svg = parse(markup).getDocumentElement();
        assertThat(byClass(svg, "rect", "actor")).hasSize(10);
        assertThat(byClass(svg, "g", "label").size()).isGreaterThanOrEqualTo(12);
        String[] viewBox = svg.getAttribute("viewBox").split(" ");
        assertThat(Integer.parseInt(viewBox[2])).isLessThan(1500);
    }

    /**
     * Random profiles of 1 to 12 actors and up to 25 transactions, always with the same seeds:
     * denser than real profiles, with stubs, transactions both ways and unverified facts.
     */
    @Test
    void randomProfilesOfOneToTwelveActorsStayLegible() throws Exception {
        for (int actors = 1; actors <= 12; actors++) {
            Profile p = random(new Random(actors), actors, Math.min(25, 3 * actors));
            assertLegible(drawing(p));
        }
    }

    @Test
    void isDrawnTheSameWayEveryTime() {
        assertThat(ProfileDiagram.svg(swfLike())).isEqualTo(ProfileDiagram.svg(swfLike()));
    }

    @Test
    void escapesNamesAndKeepsIdsUnique() throws Exception {
        Profile p = profile("A<&>", "Tricky \"names\"", List.of(actor("Source <x> & 'y'"), actor("Sink")),
                List.of(tx("ITI-1", "Send <it> & go", List.of("Source <x> & 'y'"), List.of("Sink"))));
        Element svg = parse(drawing(p)).getDocumentElement();

        assertThat(joinedName(actorGroup(svg, "Source <x> & 'y'"))).isEqualTo("Source <x> & 'y'");
        assertThat(byClass(svg, "text", "transaction").getFirst().getTextContent()).endsWith("Send <it> & go [ITI-1]");
        assertThat(desc(drawing(p))).contains("Source <x> & 'y' initiates Send <it> & go [ITI-1] to Sink.");
        assertThat(svg.getAttribute("aria-labelledby")).matches("[A-Za-z0-9_-]+");
    }

    // --- the real catalog ---------------------------------------------------------------------

    @Test
    void drawsEveryProfileOfTheCatalog() throws Exception {
        Catalog catalog = CatalogLoader.loadFromClasspath();
        assumeThat(catalog.profiles()).as("the catalog has no profiles yet").isNotEmpty();
        for (Profile p : catalog.profiles()) {
            String markup = drawing(p);
            Element svg = parse(markup).getDocumentElement();
            assertThat(byClass(svg, "rect", "actor")).as(p.id()).hasSizeGreaterThanOrEqualTo(p.actors().size());
            String desc = desc(markup);
            for (ProfileTransaction t : p.transactions()) {
                assertThat(desc).as(p.id()).contains(t.displayName()).doesNotContain("[]");
            }
            assertLegible(markup);
        }
    }

    // --- sample profiles ----------------------------------------------------------------------

    private static final Map<Profile, String> DRAWN = new ConcurrentHashMap<>();

    /** Each sample is drawn once for all the tests that look at it. */
    private static String drawing(Profile profile) {
        return DRAWN.computeIfAbsent(profile, ProfileDiagram::svg);
    }

    static Stream<Profile> samples() {
        return Stream.of(swfLike(), pixLike(), displayOnly(), nmiLike(), xdsLike(),
                profile("CT", "Consistent Time", List.of(actor("Time Server"), actor("Time Client")),
                        List.of(tx("ITI-1", "Maintain Time", List.of("Time Client"), List.of("Time Server")))));
    }

    private static final String ADT = "ADT";
    private static final String OP = "Order Placer";
    private static final String DSS = "Department System Scheduler/Order Filler";
    private static final String AM = "Acquisition Modality";
    private static final String PPSM = "Performed Procedure Step Manager";
    private static final String IM = "Image Manager";
    private static final String IA = "Image Archive";
    private static final String ID = "Image Display";
    private static final String EC = "Evidence Creator";
    private static final String RM = "Report Manager";

    /** Scheduled Workflow as a hard case: ten actors, RAD-1 to RAD-21, some facts unverified. */
    static Profile swfLike() {
        List<ProfileActor> actors = List.of(actor(ADT), actor(OP), actor(DSS), actor(AM), actor(PPSM), actor(IM),
                actor(IA), actor(ID), actor(EC), new ProfileActor(RM, verification(VerificationLevel.PARTIAL), List.of()));
        List<String> ppsFrom = List.of(AM, PPSM);
        List<String> ppsTo = List.of(PPSM, DSS, IM);
        List<ProfileTransaction> t = List.of(
                tx("RAD-1", "Patient Registration", List.of(ADT), List.of(OP, DSS)),
                tx("RAD-2", "Placer Order Management", List.of(OP), List.of(DSS)),
                tx("RAD-3", "Filler Order Management", List.of(DSS), List.of(OP)),
                tx("RAD-4", "Procedure Scheduled", List.of(DSS), List.of(IM)),
                tx("RAD-5", "Query Modality Worklist", List.of(AM), List.of(DSS)),
                tx("RAD-6", "Modality Procedure Step In Progress", ppsFrom, ppsTo),
                tx("RAD-7", "Modality Procedure Step Completed", ppsFrom, ppsTo),
                tx("RAD-8", "Modality Images Stored", List.of(AM), List.of(IA)),
                tx("RAD-9", "Modality Presentation State Stored", List.of(AM), List.of(IA), VerificationLevel.UNVERIFIED),
                tx("RAD-10", "Storage Commitment", List.of(AM, EC), List.of(IM)),
                tx("RAD-11", "Image Availability Query", List.of(DSS), List.of(IM)),
                tx("RAD-12", "Patient Update", List.of(ADT), List.of(OP, DSS)),
                tx("RAD-13", "Procedure Update", List.of(DSS), List.of(IM), VerificationLevel.PARTIAL),
                tx("RAD-14", "Query Images", List.of(ID, RM), List.of(IA)),
                tx("RAD-15", "Query Presentation States", List.of(ID), List.of(IA)),
                tx("RAD-16", "Retrieve Images", List.of(ID, RM), List.of(IA)),
                tx("RAD-17", "Retrieve Presentation States", List.of(ID), List.of(IA)),
                tx("RAD-18", "Creator Images Stored", List.of(EC), List.of(IA)),
                tx("RAD-19", "Creator Presentation State Stored", List.of(EC), List.of(IA)),
                tx("RAD-20", "Creator Procedure Step In Progress", List.of(EC, PPSM), ppsTo),
                tx("RAD-21", "Creator Procedure Step Completed", List.of(EC, PPSM), ppsTo));
        return profile("SWF", "Scheduled Workflow", actors, t);
    }

    static Profile pixLike() {
        String source = "Patient Identity Source";
        String manager = "Patient Identifier Cross-reference Manager";
        String consumer = "Patient Identifier Cross-reference Consumer";
        return profile("PIX", "Patient Identifier Cross-referencing",
                List.of(actor(source), actor(manager), actor(consumer)),
                List.of(tx("ITI-8", "Patient Identity Feed", List.of(source), List.of(manager)),
                        tx("ITI-9", "PIX Query", List.of(consumer), List.of(manager)),
                        tx("ITI-10", "PIX Update Notification", List.of(manager), List.of(consumer))));
    }

    /** AIR-like: a display-only transaction, and an actor in no transaction. */
    static Profile displayOnly() {
        return profile("AIR", "AI Results", List.of(actor(EC), actor("Image Manager/Image Archive"), actor(ID)),
                List.of(tx("RAD-137", "Display Analysis Result", List.of(ID), List.of()),
                        tx("RAD-14", "Query Images", List.of(ID), List.of("Image Manager/Image Archive")),
                        tx("RAD-16", "Retrieve Images", List.of(ID), List.of("Image Manager/Image Archive"))));
    }

    static Profile nmiLike() {
        String imia = "Image Manager/Image Archive";
        return profile("NMI", "Nuclear Medicine Image", List.of(actor(AM), actor(imia), actor(ID), actor(EC)),
                List.of(tx("RAD-8", "Modality Images Stored", List.of(AM), List.of(imia)),
                        tx("RAD-14", "Query Images", List.of(ID, EC), List.of(imia)),
                        tx("RAD-16", "Retrieve Images", List.of(ID, EC), List.of(imia)),
                        tx("RAD-18", "Creator Images Stored", List.of(EC), List.of(imia)),
                        tx("RAD-10", "Storage Commitment", List.of(AM, EC), List.of(imia))));
    }

    static Profile xdsLike() {
        String src = "Document Source";
        String repo = "Document Repository";
        String reg = "Document Registry";
        String cons = "Document Consumer";
        String pis = "Patient Identity Source";
        String isr = "Integrated Document Source/Repository";
        String ods = "On-Demand Document Source";
        return profile("XDS.b", "Cross-Enterprise Document Sharing",
                List.of(actor(src), actor(repo), actor(reg), actor(cons), actor(pis), actor(isr), actor(ods)),
                List.of(tx("ITI-41", "Provide and Register Document Set-b", List.of(src), List.of(repo)),
                        tx("ITI-42", "Register Document Set-b", List.of(repo, isr), List.of(reg)),
                        tx("ITI-18", "Registry Stored Query", List.of(cons), List.of(reg)),
                        tx("ITI-43", "Retrieve Document Set", List.of(cons), List.of(repo, isr, ods)),
                        tx("ITI-8", "Patient Identity Feed", List.of(pis), List.of(reg)),
                        tx("ITI-44", "Patient Identity Feed HL7 V3", List.of(pis), List.of(reg)),
                        tx("ITI-61", "Register On-Demand Document Entry", List.of(ods), List.of(reg),
                                VerificationLevel.UNVERIFIED),
                        tx("ITI-62", "Delete Document Set", List.of("Document Administrator"), List.of(reg))));
    }

    static Profile random(Random random, int actorCount, int transactionCount) {
        String[] words = {"Image", "Report", "Order", "Document", "Patient", "Identity", "Workflow", "Query",
            "Display", "Source", "Consumer", "Manager", "Archive", "Creator", "Scheduler/Filler"};
        List<ProfileActor> actors = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < actorCount) {
            int length = 1 + random.nextInt(4);
            StringBuilder name = new StringBuilder();
            for (int w = 0; w < length; w++) {
                name.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            names.add(name.toString());
        }
        List<String> list = new ArrayList<>(names);
        list.forEach(n -> actors.add(random.nextInt(4) == 0 ? new ProfileActor(n, Verification.unverified(), List.of())
                : actor(n)));
        List<ProfileTransaction> txs = new ArrayList<>();
        for (int i = 0; i < transactionCount; i++) {
            String from = list.get(random.nextInt(list.size()));
            String to = list.get(random.nextInt(list.size()));
            List<String> responders = from.equals(to) || random.nextInt(10) == 0 ? List.of() : List.of(to);
            String name = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)]
                    + (random.nextBoolean() ? " Stored" : " Query and Retrieve");
            txs.add(tx("RAD-" + (100 + i), name, List.of(from), responders,
                    random.nextInt(5) == 0 ? VerificationLevel.UNVERIFIED : VerificationLevel.VERIFIED));
        }
        return profile("R" + actorCount, "Random " + actorCount, actors, txs);
    }

    static Profile profile(String acronym, String name, List<ProfileActor> actors, List<ProfileTransaction> transactions) {
        return new Profile(acronym.toLowerCase(java.util.Locale.ROOT), acronym, name, IheDomain.RADIOLOGY,
                ProfileStatus.FINAL_TEXT, Optional.empty(), verification(VerificationLevel.VERIFIED),
                VerificationLevel.VERIFIED, Optional.empty(), List.of(), List.of(), actors, transactions, List.of(), List.of(),
                List.of(), "Purpose.", "", "profiles/" + acronym + ".md");
    }

    static ProfileActor actor(String name) {
        return new ProfileActor(name, verification(VerificationLevel.VERIFIED), List.of());
    }

    static ProfileTransaction tx(String id, String name, List<String> initiators, List<String> responders) {
        return tx(id, name, initiators, responders, VerificationLevel.VERIFIED);
    }

    static ProfileTransaction tx(String id, String name, List<String> initiators, List<String> responders,
            VerificationLevel level) {
        return new ProfileTransaction(id, name, initiators, responders, List.of(), List.of(), verification(level));
    }

    private static Verification verification(VerificationLevel level) {
        return new Verification(level, List.of(), Optional.empty());
    }

    private static ProfileTransaction transaction(Profile p, String id) {
        return p.transactions().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    // --- reading the markup --------------------------------------------------------------------

    record Box(double x, double y, double w, double h) {
        double cx() {
            return x + w / 2;
        }

        double cy() {
            return y + h / 2;
        }

        boolean contains(double px, double py, double slack) {
            return px >= x - slack && px <= x + w + slack && py >= y - slack && py <= y + h + slack;
        }

        boolean onBorder(double px, double py) {
            return contains(px, py, 0.6) && !contains(px, py, -0.6);
        }

        boolean overlaps(Box o) {
            return Math.min(x + w, o.x + o.w) - Math.max(x, o.x) > 0.05
                    && Math.min(y + h, o.y + o.h) - Math.max(y, o.y) > 0.05;
        }
    }

    /** Labels apart from each other and from boxes, boxes apart, all inside the view box. */
    private static void assertLegible(String markup) throws Exception {
        Element svg = parse(markup).getDocumentElement();
        String[] viewBox = svg.getAttribute("viewBox").split(" ");
        Box canvas = new Box(0, 0, Double.parseDouble(viewBox[2]), Double.parseDouble(viewBox[3]));
        List<Box> labels = byClass(svg, "rect", "label").stream().map(ProfileDiagramTest::box).toList();
        List<Box> boxes = byClass(svg, "rect", "actor").stream().map(ProfileDiagramTest::box).toList();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(labels.get(i).overlaps(labels.get(j))).as("labels %s and %s", labels.get(i), labels.get(j))
                        .isFalse();
            }
            for (Box b : boxes) {
                assertThat(labels.get(i).overlaps(b)).as("label %s on box %s", labels.get(i), b).isFalse();
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j))).isFalse();
            }
        }
        for (Box b : concat(labels, boxes)) {
            assertThat(b.x() >= 0 && b.y() >= 0 && b.x() + b.w() <= canvas.w() && b.y() + b.h() <= canvas.h())
                    .as("%s inside %s", b, canvas).isTrue();
        }
        // No line runs through a box other than its two actors'.
        for (Element line : byClass(svg, "line", "flow")) {
            for (Element actor : byClass(svg, "g", "actor")) {
                String name = actor.getAttribute("data-actor");
                if (name.equals(line.getAttribute("data-initiator")) || name.equals(line.getAttribute("data-responder"))) {
                    continue;
                }
                Box b = box(children(actor, "rect").getFirst());
                assertThat(Geometry.clipLength(num(line, "x1"), num(line, "y1"), num(line, "x2"), num(line, "y2"),
                        b.x(), b.y(), b.x() + b.w(), b.y() + b.h())).as("%s through %s", line.getAttribute("data-transactions"),
                                name).isZero();
            }
        }
        // Label text fits its white ground.
        for (Element label : byClass(svg, "g", "label")) {
            Box ground = box(children(label, "rect").getFirst());
            for (Element text : children(label, "text")) {
                double left = num(text, "x");
                assertThat(left + TextMetrics.width(text.getTextContent(), ProfileDiagram.LABEL_SIZE, false))
                        .isLessThanOrEqualTo(ground.x() + ground.w());
            }
        }
    }

    private static List<Box> concat(List<Box> a, List<Box> b) {
        List<Box> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static Box box(Element rect) {
        return new Box(num(rect, "x"), num(rect, "y"), num(rect, "width"), num(rect, "height"));
    }

    static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    private static String joinedName(Element actorGroup) {
        StringBuilder name = new StringBuilder();
        for (Element line : elements(actorGroup, "tspan")) {
            if (!name.isEmpty() && name.charAt(name.length() - 1) != '/') {
                name.append(' ');
            }
            name.append(line.getTextContent());
        }
        return name.toString();
    }

    private static Element actorGroup(Element svg, String name) {
        List<Element> found = byClass(svg, "g", "actor").stream().filter(g -> g.getAttribute("data-actor").equals(name))
                .toList();
        assertThat(found).as(name).hasSize(1);
        return found.getFirst();
    }

    private static List<String> texts(Element svg) {
        return elements(svg, "text").stream().map(Element::getTextContent).toList();
    }

    private static String desc(String markup) throws Exception {
        Element svg = parse(markup).getDocumentElement();
        return byId(svg, svg.getAttribute("aria-describedby")).getTextContent();
    }

    static Document parse(String markup) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(markup)));
    }

    static List<Element> elements(Element root, String name) {
        NodeList nodes = root.getElementsByTagNameNS(SVG, name);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    static List<Element> byClass(Element root, String name, String cssClass) {
        return elements(root, name).stream()
                .filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cssClass)).toList();
    }

    static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    private static Element byId(Element root, String id) {
        assertThat(id).isNotBlank();
        List<Element> found = elements(root, "*").stream().filter(e -> e.getAttribute("id").equals(id)).toList();
        assertThat(found).as("id " + id).hasSize(1);
        return found.getFirst();
    }
}
