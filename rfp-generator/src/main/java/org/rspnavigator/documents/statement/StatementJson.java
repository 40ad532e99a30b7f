package org.rspnavigator.documents.statement;

import java.util.List;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.rspnavigator.procurement.statement.ActorClaim;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.ProfileClaim;
import org.rspnavigator.procurement.statement.UnclaimedGrouping;

/**
 * The Integration Statement as a JSON file, the form tools exchange and the PDF carries inside it:
 *
 * <pre>
 * {
 *   "format" : "rsp-navigator/ihe-integration-statement",
 *   "formatVersion" : 1,
 *   "vendor" : "...", "productName" : "...", "version" : "...", "date" : "2026-03-01", "revision" : "",
 *   "links" : { "vendorIheInformation" : "", "dicomConformance" : "", "hl7Conformance" : "" },
 *   "profiles" : [ { "profile" : "xds-b", "actors" : [ { "actor" : "Document Consumer", "options" : [ ] } ] } ]
 * }
 * </pre>
 *
 * <p>Profiles are catalog ids. Reading checks the form of the file only; whether the profiles,
 * actors and options exist is for
 * {@link org.rspnavigator.procurement.statement.StatementChecker}.
 */
public final class StatementJson {

    /** The value of "format" that marks a statement file. */
    public static final String FORMAT = "rsp-navigator/ihe-integration-statement";

    /** The version of the format this class writes and reads. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private StatementJson() {
    }

    /** The statement as pretty-printed JSON, its fields always in the order above. */
    public static String write(IntegrationStatement statement) {
        return write(statement, List.of());
    }

    /**
     * The statement as JSON, followed by {@code unclaimedGroupings}: what the Technical Framework
     * requires that it does not claim, for readers of a published statement. The field is written
     * only when there is something to say, and a reader ignores it (it is worked out again).
     */
    public static String write(IntegrationStatement statement, List<UnclaimedGrouping> unclaimed) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("vendor", statement.vendor());
        root.put("productName", statement.productName());
        root.put("version", statement.version());
        root.put("date", statement.date().toString());
        root.put("revision", statement.revision());
        ObjectNode links = root.putObject("links");
        links.put("vendorIheInformation", statement.links().vendorIheInformation());
        links.put("dicomConformance", statement.links().dicomConformance());
        links.put("hl7Conformance", statement.links().hl7Conformance());
        ArrayNode profiles = root.putArray("profiles");
        for (ProfileClaim p : statement.profiles()) {
            ObjectNode profile = profiles.addObject();
            profile.put("profile", p.profile());
            ArrayNode actors = profile.putArray("actors");
            for (ActorClaim a : p.actors()) {
                ObjectNode actor = actors.addObject();
                actor.put("actor", a.actor());
                ArrayNode options = actor.putArray("options");
                a.options().forEach(options::add);
            }
        }
        if (!unclaimed.isEmpty()) {
            ArrayNode groupings = root.putArray("unclaimedGroupings");
            for (UnclaimedGrouping u : unclaimed) {
                ObjectNode g = groupings.addObject();
                g.put("profile", u.profile());
                g.put("actor", u.actor());
                g.put("mustBeGroupedWith", u.groupedWith());
            }
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    /**
     * The statement in {@code json}.
     *
     * @throws StatementFormatException when it is not JSON, not a statement file of this format
     *         version, or a field is missing, unknown, of the wrong type or (vendor, product name,
     *         version) blank, or the date is not a date written yyyy-MM-dd; each problem with its line
     */
    public static IntegrationStatement read(String json) {
        return StatementJsonReader.read(json);
    }
}
