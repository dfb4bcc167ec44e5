package org.tribune.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The proxies (nginx, a load balancer) whose {@code X-Forwarded-For} is believed: a request that
 * comes from one of them is from the last address in that header that is not itself a trusted
 * proxy; any other request is from the address that connected, whatever headers it sends, so that
 * nobody can choose the address the login throttle counts.
 *
 * <pre>{@code
 * TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 127.0.0.1/32");
 * String client = proxies.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
 * }</pre>
 */
public final class TrustedProxies {
    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    /** Only address literals: a host name would be looked up in DNS, which is neither fast nor trustworthy. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /**
     * @param cidrs ranges separated by commas, e.g. {@code 10.0.0.0/8,::1/128}; a bare address is a
     *     range of one; null or blank trusts nobody
     * @throws IllegalArgumentException naming the range that is not one
     */
    public static TrustedProxies parse(String cidrs) {
        if (cidrs == null || cidrs.isBlank()) {
            return NONE;
        }
        List<Range> ranges = new ArrayList<>();
        for (String part : cidrs.split(",")) {
            String cidr = part.strip();
            int slash = cidr.indexOf('/');
            String address = slash < 0 ? cidr : cidr.substring(0, slash);
            byte[] bytes = literal(address);
            if (bytes == null) {
                throw new IllegalArgumentException(
                        "a trusted proxy must be an address or a CIDR range such as 10.0.0.0/8, got '" + cidr + "'");
            }
            int bits = bytes.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(cidr.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > bytes.length * 8) {
                    throw new IllegalArgumentException(
                            "the prefix length of '" + cidr + "' must be from 0 to " + bytes.length * 8);
                }
            }
            ranges.add(new Range(bytes, bits));
        }
        return new TrustedProxies(ranges);
    }

    public boolean trustsNobody() {
        return ranges.isEmpty();
    }

    /** Whether {@code address} (a literal) lies in one of the trusted ranges. */
    public boolean trusts(String address) {
        byte[] bytes = address == null ? null : literal(address.strip());
        return bytes != null && ranges.stream().anyMatch(r -> r.contains(bytes));
    }

    /**
     * The client's address: {@code remoteAddress} itself unless it is a trusted proxy; then the
     * rightmost address of {@code forwardedFor} that is not a trusted proxy (the leftmost ones are
     * whatever the client wrote), or the leftmost when all are.
     */
    public String clientAddress(String remoteAddress, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trusts(remoteAddress)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (literal(hop) == null) {
                // Garbage where an address belongs: believe nothing further left of it.
                return i == hops.length - 1 ? remoteAddress : hops[i + 1].strip();
            }
            if (!trusts(hop) || i == 0) {
                return hop;
            }
        }
        return remoteAddress;
    }

    private static byte[] literal(String address) {
        String bare =
                address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (bare.isEmpty() || !LITERAL.matcher(bare).matches() || (!bare.contains(":") && !bare.contains("."))) {
            return null;
        }
        try {
            return InetAddress.getByName(bare).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Range(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
