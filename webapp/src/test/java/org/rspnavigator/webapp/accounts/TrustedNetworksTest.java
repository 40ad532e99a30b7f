package org.rspnavigator.webapp.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedNetworksTest {

    @Test
    void theDefaultTrustsTheServerItselfOnly() {
        TrustedNetworks loopback = new TrustedNetworks("127.0.0.0/8,::1");
        assertThat(loopback.contains("127.0.0.1")).isTrue();
        assertThat(loopback.contains("127.8.9.10")).isTrue();
        assertThat(loopback.contains("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(loopback.contains("::1")).isTrue();
        assertThat(loopback.contains("10.0.0.1")).isFalse();
        assertThat(loopback.contains("203.0.113.5")).isFalse();
        assertThat(loopback.contains(null)).isFalse();
        assertThat(loopback.contains("")).isFalse();
    }

    @Test
    void networksAreListedInCidrNotation() {
        TrustedNetworks office = new TrustedNetworks(" 10.20.0.0/16 , 2001:db8::/32 ");
        assertThat(office.contains("10.20.255.1")).isTrue();
        assertThat(office.contains("10.21.0.1")).isFalse();
        assertThat(office.contains("2001:db8::5")).isTrue();
        assertThat(new TrustedNetworks("").contains("127.0.0.1")).isFalse();
        assertThatThrownBy(() -> new TrustedNetworks("10.0.0.0/8,intranet")).hasMessageContaining("'intranet'");
    }
}
