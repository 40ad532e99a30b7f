package org.rspnavigator.documents.statement;

import java.util.List;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.rspnavigator.procurement.conformance.CodeSystemClaim;
import org.rspnavigator.procurement.conformance.ConformanceClaims;
import org.rspnavigator.procurement.conformance.DicomClaim;
import org.rspnavigator.procurement.conformance.DicomWebClaim;
import org.rspnavigator.procurement.conformance.Hl7Claim;
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
 *   "formatVersion" : 2,
 *   "vendor" : "...", "productName" : "...", "version" : "...", "date" : "2026-03-01", "revision" : "",
 *   "links" : { "vendorIheInformation" : "", "dicomConformance" : "", "hl7Conformance" : "" },
 *   "systemTypes" : [ "pacs" ],
 *   "profiles" : [ { "profile" : "xds-b", "actors" : [ { "actor" : "Document Consumer", "options" : [ ] } ] } ],
 *   "dicom" : [ { "sopClass" : "1.2.840.10008.5.1.4.1.1.88.67", "roles" : [ "SCU" ], "transferSyntaxes" : [ ] } ],
 *   "dicomweb" : [ { "service" : "WADO-RS", "roles" : [ "origin-server" ] } ],
 *   "hl7" : [ { "message" : "ORU^R01", "version" : "2.5.1", "direction" : "send" } ],
 *   "terminology" : [ { "codeSystem" : "loinc", "version" : "2.78" } ]
 * }
 * </pre>
 *
 * <p>Format version 2 added "systemTypes" (the kinds of system the product is, catalog ids; empty
 * when not said) and the four conformance parts after "profiles"; a file of version 1 has none of them and is read as before, with nothing declared. Profiles and code systems are catalog
 * ids. Reading checks the form of the file only (a SOP class UID must be a well-formed UID, a role
 * one of the roles, a message a type with trigger event); whether the profiles, actors, options,
 * SOP classes and services exist is for
 * {@link org.rspnavigator.procurement.statement.StatementChecker}.
 */
public final class StatementJson {

    /** The value of "format" that marks a statement file. */
    public static final String FORMAT = "rsp-navigator/ihe-integration-statement";

    /** The version of the format this class writes; it reads this one and version 1. */
    public static final int FORMAT_VERSION = 2;

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
        ArrayNode types = root.putArray("systemTypes");
        statement.systemTypes().forEach(types::add);
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
        writeConformance(root, statement.conformance());
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

    private static void writeConformance(ObjectNode root, ConformanceClaims c) {
        ArrayNode dicom = root.putArray("dicom");
        for (DicomClaim d : c.dicom()) {
            ObjectNode row = dicom.addObject();
            row.put("sopClass", d.sopClass());
            ArrayNode roles = row.putArray("roles");
            d.roles().forEach(r -> roles.add(r.slug()));
            ArrayNode syntaxes = row.putArray("transferSyntaxes");
            d.transferSyntaxes().forEach(syntaxes::add);
        }
        ArrayNode dicomweb = root.putArray("dicomweb");
        for (DicomWebClaim d : c.dicomweb()) {
            ObjectNode row = dicomweb.addObject();
            row.put("service", d.service());
            ArrayNode roles = row.putArray("roles");
            d.roles().forEach(r -> roles.add(r.slug()));
        }
        ArrayNode hl7 = root.putArray("hl7");
        for (Hl7Claim h : c.hl7()) {
            ObjectNode row = hl7.addObject();
            row.put("message", h.message());
            row.put("version", h.version());
            row.put("direction", h.direction().slug());
        }
        ArrayNode terminology = root.putArray("terminology");
        for (CodeSystemClaim t : c.terminology()) {
            ObjectNode row = terminology.addObject();
            row.put("codeSystem", t.codeSystem());
            row.put("version", t.version());
        }
    }

    /**
     * The statement in {@code json}.
     *
     * @throws StatementFormatException when it is not JSON, not a statement file of format
     *         version 1 or 2, or a field is missing, unknown, of the wrong type or (vendor, product name,
     *         version) blank, or the date is not a date written yyyy-MM-dd; each problem with its line
     */
    public static IntegrationStatement read(String json) {
        return StatementJsonReader.read(json);
    }
}
