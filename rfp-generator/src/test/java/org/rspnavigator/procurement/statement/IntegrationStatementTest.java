package org.rspnavigator.procurement.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.procurement.statement.Statements.actor;
import static org.rspnavigator.procurement.statement.Statements.profile;
import static org.rspnavigator.procurement.statement.Statements.statement;

import java.util.List;

import org.junit.jupiter.api.Test;

class IntegrationStatementTest {

    private final IntegrationStatement base = statement(
            profile("swf-b", actor("Image Manager/Image Archive"), actor("Image Display")),
            profile("ct", actor("Time Client")));

    @Test
    void findsAClaimByProfileIdAndActorName() {
        assertThat(base.claim("swf-b", "Image Display")).contains(actor("Image Display"));
        assertThat(base.claim("swf-b", "Time Client")).isEmpty();
        assertThat(base.claim("SWF.b", "Image Display")).isEmpty();
    }

    @Test
    void withClaimReplacesInPlaceAppendsActorsToTheirProfileAndNewProfilesAtTheEnd() {
        IntegrationStatement changed = base
                .withClaim("swf-b", "Image Manager/Image Archive", List.of("PPS Exception Management"))
                .withClaim("swf-b", "Evidence Creator", List.of())
                .withClaim("atna", "Secure Node", List.of("ATX: TLS Syslog"));
        assertThat(changed.profiles()).containsExactly(
                profile("swf-b", actor("Image Manager/Image Archive", "PPS Exception Management"),
                        actor("Image Display"), actor("Evidence Creator")),
                profile("ct", actor("Time Client")),
                profile("atna", actor("Secure Node", "ATX: TLS Syslog")));
        assertThat(changed.vendor()).isEqualTo(base.vendor());
        assertThat(base.profiles()).hasSize(2);
    }

    @Test
    void withoutRemovesTheActorAndAProfileLeftEmpty() {
        assertThat(base.without("swf-b", "Image Display").profiles()).containsExactly(
                profile("swf-b", actor("Image Manager/Image Archive")), profile("ct", actor("Time Client")));
        assertThat(base.without("ct", "Time Client").profiles()).extracting(ProfileClaim::profile).containsExactly("swf-b");
        assertThat(base.without("ct", "Time Server")).isEqualTo(base);
    }

    @Test
    void listsAreCopied() {
        List<String> options = new java.util.ArrayList<>(List.of("SNTP"));
        ActorClaim claim = new ActorClaim("Time Client", options);
        options.add("Secured NTP");
        assertThat(claim.options()).containsExactly("SNTP");
    }
}
