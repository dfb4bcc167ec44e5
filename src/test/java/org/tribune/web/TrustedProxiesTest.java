package org.tribune.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
    private final TrustedProxies nginx = TrustedProxies.parse("127.0.0.1/32, 10.0.0.0/8");

    @Test
    void a_request_from_a_trusted_proxy_is_from_the_last_untrusted_address_it_forwards() {
        assertThat(nginx.clientAddress("127.0.0.1", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(nginx.clientAddress("127.0.0.1", "198.51.100.1, 203.0.113.9, 10.1.2.3"))
                .as("the leftmost address is whatever the client wrote; the proxies' own hops are skipped")
                .isEqualTo("203.0.113.9");
    }

    @Test
    void a_request_from_anywhere_else_is_from_the_address_that_connected_whatever_it_forwards() {
        assertThat(nginx.clientAddress("192.0.2.66", "203.0.113.9")).isEqualTo("192.0.2.66");
        assertThat(TrustedProxies.NONE.clientAddress("127.0.0.1", "203.0.113.9"))
                .isEqualTo("127.0.0.1");
        assertThat(nginx.clientAddress("127.0.0.1", "not-an-address"))
                .as("a header that names no address is not believed")
                .isEqualTo("127.0.0.1");
    }

    @Test
    void ranges_of_both_families_are_matched_by_their_prefix() {
        var ranges = TrustedProxies.parse("192.168.0.0/16,fd00::/8");

        assertThat(ranges.trusts("192.168.44.1")).isTrue();
        assertThat(ranges.trusts("192.169.0.1")).isFalse();
        assertThat(ranges.trusts("fd12::1")).isTrue();
        assertThat(ranges.trusts("fe80::1")).isFalse();
    }

    @Test
    void what_is_not_a_range_is_refused_with_a_reason() {
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.example/8"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CIDR");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from 0 to 32");
    }
}
