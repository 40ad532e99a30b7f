package org.rspnavigator.documents.rfp;

import java.util.List;
import java.util.function.Function;

import org.rspnavigator.documents.csv.CsvWriter;
import org.rspnavigator.model.ActorOption;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The vendor response matrix as data: CSV for spreadsheets and JSON for tools. One record per
 * requirement, in the order the RFP section prints them, with the bidder's fields (response,
 * roadmap date, evidence, comment) left empty and the IHE facts the catalog has not confirmed named.
 */
final class ResponseMatrix {

    private record Column(String header, Function<RfpContent.Item, String> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("Number", RfpContent.Item::number),
            new Column("System", i -> i.system().name()),
            new Column("Level", RfpContent.Item::level),
            new Column("Category", i -> i.category().label()),
            new Column("Subject", RfpContent.Item::subjectLine),
            new Column("Profile", i -> i.profile().map(p -> p.acronym()).orElse("")),
            new Column("Actor", i -> i.actor().map(a -> a.name()).orElse("")),
            new Column("Options", i -> i.profile().isPresent() ? i.optionsText() : ""),
            new Column("Standard", i -> i.standard().map(s -> s.briefName()).orElse("")),
            new Column("Requirement", RfpContent.Item::text),
            // The bidder's answer: one of RfpWording.ANSWERS (the header lists them).
            new Column("Response (" + RfpWording.answerList() + ")", i -> ""),
            new Column("Roadmap date", i -> ""),
            new Column("Evidence reference", i -> ""),
            // Added after the columns of the first version, so that readers by position keep working.
            new Column("Comment", i -> ""),
            new Column("Unconfirmed IHE facts", i -> String.join("; ",
                    i.unconfirmed().stream().map(RfpContent.Unconfirmed::line).toList())));

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ResponseMatrix() {
    }

    static byte[] csv(RfpContent c) {
        CsvWriter out = new CsvWriter().row(COLUMNS.stream().map(Column::header).toList());
        for (RfpContent.Item item : c.items) {
            out.row(COLUMNS.stream().map(col -> col.value().apply(item)).toList());
        }
        return out.bytes();
    }

    static String json(RfpContent c) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("project", c.projectName);
        root.put("organization", c.organization);
        c.region().ifPresentOrElse(r -> root.put("region", r), () -> root.putNull("region"));
        root.put("version", c.doc.version());
        root.put("issued", c.issuedDate().toString());
        ObjectNode catalog = root.putObject("catalog");
        catalog.put("edition", c.edition().edition());
        catalog.put("sourceDocument", c.edition().sourceDocument());
        ArrayNode responses = root.putArray("responseValues");
        RfpWording.ANSWERS.forEach(a -> responses.add(a.word()));
        ArrayNode answers = root.putArray("answers");
        for (RfpWording.Answer a : RfpWording.ANSWERS) {
            ObjectNode answer = answers.addObject();
            answer.put("value", a.word());
            answer.put("bidderAdds", a.bidderAdds());
            answer.put("meaning", a.meaning());
        }
        ArrayNode requirements = root.putArray("requirements");
        for (RfpContent.Item i : c.items) {
            ObjectNode r = requirements.addObject();
            r.put("number", i.number());
            ObjectNode system = r.putObject("system");
            system.put("id", i.system().id());
            system.put("name", i.system().name());
            r.put("level", i.level());
            ObjectNode category = r.putObject("category");
            category.put("id", i.category().slug());
            category.put("name", i.category().label());
            ObjectNode subject = r.putObject("subject");
            if (i.profile().isPresent()) {
                subject.put("kind", "profile-actor");
                subject.put("profileId", i.profile().get().id());
                subject.put("profile", i.profile().get().acronym());
                subject.put("profileName", i.profile().get().name());
                subject.put("actor", i.actor().orElseThrow().name());
                ArrayNode options = subject.putArray("options");
                i.options().stream().map(ActorOption::name).forEach(options::add);
            } else {
                subject.put("kind", "standard");
                subject.put("standardId", i.standard().orElseThrow().id());
                subject.put("standard", i.standard().get().briefName());
                subject.put("formalName", i.standard().get().formalName());
            }
            r.put("text", i.text());
            r.putNull("response");
            r.putNull("roadmapDate");
            r.putNull("evidence");
            r.putNull("comment");
            ArrayNode unconfirmed = r.putArray("unconfirmed");
            for (RfpContent.Unconfirmed u : i.unconfirmed()) {
                ObjectNode fact = unconfirmed.addObject();
                fact.put("fact", u.fact());
                fact.put("note", u.note());
            }
        }
        return JSON.writeValueAsString(root);
    }
}
