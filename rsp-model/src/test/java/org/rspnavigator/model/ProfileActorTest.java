package org.rspnavigator.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProfileActorTest {

    private static ProfileActor actor(String name) {
        return new ProfileActor(name, Verification.unverified(), List.of());
    }

    @Test
    void anAnchorIsTheNameAsASlug() {
        assertThat(actor("Image Manager/Image Archive").anchor()).isEqualTo("image-manager-image-archive");
        assertThat(actor("Image Display").anchor()).isEqualTo("image-display");
        assertThat(actor(" (Acquisition Modality) ").anchor()).isEqualTo("acquisition-modality");
    }
}
