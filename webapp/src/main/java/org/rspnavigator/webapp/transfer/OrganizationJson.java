package org.rspnavigator.webapp.transfer;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/** Organization exports as JSON files, for the views' download and upload (the API uses Spring's own converter). */
@Component
public class OrganizationJson {

    private final ObjectMapper json;

    public OrganizationJson(ObjectMapper json) {
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    public byte[] write(OrganizationExport data) {
        return json.writeValueAsBytes(data);
    }

    /** @throws IllegalArgumentException saying where the document is not valid */
    public OrganizationExport read(byte[] bytes) {
        try {
            return json.readValue(bytes, OrganizationExport.class);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new IllegalArgumentException("The file is not a valid organization export" + where + ": "
                    + e.getOriginalMessage());
        }
    }
}
