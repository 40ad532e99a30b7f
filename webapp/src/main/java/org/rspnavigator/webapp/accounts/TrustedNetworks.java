package org.rspnavigator.webapp.accounts;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The networks ({@code rsp.security.trusted-networks}, CIDR notation, by default the server
 * itself: {@code 127.0.0.0/8,::1}) from which an administrator can always sign in, even when
 * failed logins from elsewhere have locked their account. The address is the client's as the
 * servlet container reports it; behind a proxy that is the proxy's, unless
 * {@code server.forward-headers-strategy} is configured.
 */
final class TrustedNetworks {

    private final List<IpAddressMatcher> networks;
    private final String description;

    TrustedNetworks(String cidrList) {
        List<String> entries = Arrays.stream(cidrList == null ? new String[0] : cidrList.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.networks = entries.stream().map(entry -> {
            try {
                return new IpAddressMatcher(entry);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("rsp.security.trusted-networks: '" + entry
                        + "' is not an IP address or a network in CIDR notation (such as 10.0.0.0/8)", e);
            }
        }).toList();
        this.description = String.join(",", entries);
    }

    boolean contains(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        for (IpAddressMatcher network : networks) {
            try {
                if (network.matches(address)) {
                    return true;
                }
            } catch (IllegalArgumentException notAnAddress) {
                return false;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return description;
    }
}
