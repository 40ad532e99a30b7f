package org.rspnavigator.webapp.catalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.rspnavigator.diagrams.profile.ProfileDiagram;
import org.rspnavigator.model.Profile;
import org.springframework.stereotype.Component;

/**
 * The actor–transaction diagrams, drawn once per profile: laying one out takes a noticeable
 * fraction of a second, and the catalog does not change while the application runs.
 */
@Component
public class ProfileDiagrams {

    private final Map<String, String> svgByProfile = new ConcurrentHashMap<>();

    String svg(Profile profile) {
        return svgByProfile.computeIfAbsent(profile.id(), id -> ProfileDiagram.svg(profile));
    }
}
