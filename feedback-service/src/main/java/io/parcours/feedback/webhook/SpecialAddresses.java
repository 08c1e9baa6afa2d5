package io.parcours.feedback.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The IANA IPv4 and IPv6 Special-Purpose Address Registries (as of 2026), read for one question: may a webhook be
 * delivered there? A block the registry marks not globally reachable is refused, its most specific entry deciding
 * (192.0.0.9 is reachable inside 192.0.0.0/24); so are multicast and the deprecated forms. An IPv6 address that
 * carries an IPv4 address (IPv4-mapped, NAT64, 6to4, Teredo, the old IPv4-compatible form) is refused when the
 * IPv4 address inside it would be.
 */
final class SpecialAddresses {

    /** A registry entry: its prefix, and whether the registry calls it globally reachable. */
    record Block(byte[] network, int prefixLength, boolean reachable, String name) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefixLength / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixLength % 8;
            return rest == 0 || ((address[whole] ^ network[whole]) & (0xff << (8 - rest)) & 0xff) == 0;
        }
    }

    private static final List<Block> BLOCKS = blocks(
            // IPv4 Special-Purpose Address Registry
            "0.0.0.0/8 no This network", "0.0.0.0/32 no This host", "10.0.0.0/8 no Private-Use",
            "100.64.0.0/10 no Shared Address Space", "127.0.0.0/8 no Loopback", "169.254.0.0/16 no Link Local",
            "172.16.0.0/12 no Private-Use", "192.0.0.0/24 no IETF Protocol Assignments",
            "192.0.0.0/29 no IPv4 Service Continuity Prefix", "192.0.0.8/32 no IPv4 dummy address",
            "192.0.0.9/32 yes Port Control Protocol Anycast", "192.0.0.10/32 yes Traversal Using Relays around NAT Anycast",
            "192.0.0.170/32 no NAT64/DNS64 Discovery", "192.0.0.171/32 no NAT64/DNS64 Discovery",
            "192.0.2.0/24 no Documentation (TEST-NET-1)", "192.31.196.0/24 yes AS112-v4",
            "192.52.193.0/24 yes AMT", "192.88.99.0/24 no Deprecated (6to4 Relay Anycast)",
            "192.168.0.0/16 no Private-Use", "192.175.48.0/24 yes Direct Delegation AS112 Service",
            "198.18.0.0/15 no Benchmarking", "198.51.100.0/24 no Documentation (TEST-NET-2)",
            "203.0.113.0/24 no Documentation (TEST-NET-3)", "240.0.0.0/4 no Reserved",
            "255.255.255.255/32 no Limited Broadcast",
            // Multicast (its own registry): never a webhook's destination
            "224.0.0.0/4 no Multicast", "ff00::/8 no Multicast",
            // IPv6 Special-Purpose Address Registry
            // (::ffff:0:0/96, IPv4-mapped, is not listed: Java reads such an address as the IPv4 address it maps)
            "::1/128 no Loopback Address", "::/128 no Unspecified Address",
            "64:ff9b::/96 yes IPv4-IPv6 Translation", "64:ff9b:1::/48 no IPv4-IPv6 Translation (local use)",
            "100::/64 no Discard-Only Address Block", "100:0:0:1::/64 no Dummy IPv6 Prefix",
            "2001::/23 no IETF Protocol Assignments", "2001::/32 no TEREDO",
            "2001:1::1/128 yes Port Control Protocol Anycast", "2001:1::2/128 yes TURN Anycast",
            "2001:1::3/128 yes DNS-SD Service Registration Protocol Anycast", "2001:2::/48 no Benchmarking",
            "2001:3::/32 yes AMT", "2001:4:112::/48 yes AS112-v6", "2001:10::/28 no Deprecated (ORCHID)",
            "2001:20::/28 yes ORCHIDv2", "2001:30::/28 yes Drone Remote ID Protocol Entity Tags",
            "2001:db8::/32 no Documentation", "2002::/16 yes 6to4", "2620:4f:8000::/48 yes Direct Delegation AS112 Service",
            "3fff::/20 no Documentation", "5f00::/16 no Segment Routing (SRv6) SIDs", "fc00::/7 no Unique-Local",
            "fe80::/10 no Link-Local Unicast",
            // Deprecated forms still parsed by resolvers: site-local, and IPv4-compatible (::a.b.c.d)
            "fec0::/10 no Deprecated (site-local)", "::/96 no Deprecated (IPv4-compatible)");

    private SpecialAddresses() {
    }

    /** The registry entry that decides for this address (the most specific one), or null for a public address. */
    static Block blockOf(InetAddress address) {
        byte[] bytes = address.getAddress();
        return BLOCKS.stream().filter(block -> block.contains(bytes)).findFirst().orElse(null);
    }

    /** Why a webhook may not go there, or null when it may. */
    static String refusal(InetAddress address) {
        Block block = blockOf(address);
        if (block != null && !block.reachable()) {
            return block.name();
        }
        if (address instanceof Inet6Address v6) {
            for (Inet4Address inside : embeddedIpv4(v6.getAddress())) {
                String reason = refusal(inside);
                if (reason != null) {
                    return reason + " " + inside.getHostAddress() + ", inside "
                            + (block == null ? "an IPv6 address" : block.name());
                }
            }
        }
        return null;
    }

    /** The IPv4 addresses an IPv6 address carries by its prefix (RFC 6052, 3056, 4380, 4291). */
    static List<Inet4Address> embeddedIpv4(byte[] v6) {
        List<Inet4Address> found = new ArrayList<>();
        boolean nat64 = v6[0] == 0 && v6[1] == 0x64 && v6[2] == (byte) 0xff && v6[3] == (byte) 0x9b;
        if (nat64 || isZero(v6, 0, 12)) { // NAT64's well-known prefix, or the old IPv4-compatible ::a.b.c.d
            found.add(ipv4(v6, 12, 0));
        }
        if (v6[0] == 0x20 && v6[1] == 0x02) { // 6to4: the IPv4 address follows the prefix
            found.add(ipv4(v6, 2, 0));
        }
        if (v6[0] == 0x20 && v6[1] == 0x01 && v6[2] == 0 && v6[3] == 0) { // Teredo: server, then client inverted
            found.add(ipv4(v6, 4, 0));
            found.add(ipv4(v6, 12, 0xff));
        }
        return found;
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Inet4Address ipv4(byte[] v6, int at, int flip) {
        byte[] v4 = new byte[4];
        for (int i = 0; i < 4; i++) {
            v4[i] = (byte) (v6[at + i] ^ flip);
        }
        try {
            return (Inet4Address) InetAddress.getByAddress(v4);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Most specific first, so that the first block containing an address is the one that decides. */
    private static List<Block> blocks(String... entries) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry.split(" ", 3);
            String[] prefix = parts[0].split("/");
            try {
                blocks.add(new Block(InetAddress.getByName(prefix[0]).getAddress(), Integer.parseInt(prefix[1]),
                        parts[1].equals("yes"), parts[2]));
            } catch (UnknownHostException literal) {
                throw new IllegalStateException(literal);
            }
        }
        blocks.sort(Comparator.comparingInt(Block::prefixLength).reversed());
        return List.copyOf(blocks);
    }
}
