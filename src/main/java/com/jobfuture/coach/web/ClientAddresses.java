package com.jobfuture.coach.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a request comes from, for per-visitor rate limits. The socket's address, unless it is one of the trusted
 * reverse proxies ({@code address/prefix} ranges): then {@code X-Forwarded-For} is read from the right (the entry
 * the nearest proxy added) past every trusted hop, and the first other address is the visitor. Entries left of it
 * were written by the visitor and are never believed. Only IP literals are read (no name is ever looked up).
 * Immutable and thread-safe.
 */
final class ClientAddresses {
    private static final Pattern RANGE = Pattern.compile("^([0-9A-Fa-f:.]+)(?:/(\\d{1,3}))?$");
    private static final Pattern IPV4 = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){3})(?::\\d{1,5})?$");
    private static final Pattern IPV6 = Pattern.compile("^\\[?([0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)](?::\\d{1,5})?$|"
            + "^([0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$");
    private final List<Range> trusted;

    private record Range(byte[] base, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != base.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != base[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[full] & mask) == (base[full] & mask);
        }
    }

    /** {@code ranges}: trusted proxies as {@code 10.0.0.0/8}, {@code 127.0.0.1/32} or a bare address. */
    ClientAddresses(List<String> ranges) {
        List<Range> parsed = new ArrayList<>();
        for (String text : ranges) {
            Matcher matcher = RANGE.matcher(text.strip());
            Optional<byte[]> base = matcher.matches() ? literal(matcher.group(1)) : Optional.empty();
            if (base.isEmpty()) {
                throw new IllegalArgumentException("not an IP address or CIDR range: " + text);
            }
            int bits = base.get().length * 8;
            int prefix = matcher.group(2) == null ? bits : Integer.parseInt(matcher.group(2));
            if (prefix > bits) {
                throw new IllegalArgumentException("prefix longer than the address: " + text);
            }
            parsed.add(new Range(base.get(), prefix));
        }
        this.trusted = List.copyOf(parsed);
    }

    /** The visitor's address for a request from {@code socketAddress} carrying {@code forwardedFor} (may be null). */
    String client(String socketAddress, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !isTrusted(socketAddress)) {
            return socketAddress;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).toList();
        String nearest = socketAddress;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<byte[]> address = address(hops.get(i));
            if (address.isEmpty()) {
                return nearest; // not an address: believe no further than the last trusted hop
            }
            String hop = normalised(address.get());
            if (!isTrusted(address.get())) {
                return hop;
            }
            nearest = hop;
        }
        return nearest;
    }

    private boolean isTrusted(String socketAddress) {
        return address(socketAddress).map(this::isTrusted).orElse(false);
    }

    private boolean isTrusted(byte[] address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** An entry such as {@code 203.0.113.7}, {@code 203.0.113.7:4711}, {@code 2001:db8::1} or {@code [::1]:80}. */
    private static Optional<byte[]> address(String entry) {
        Matcher v4 = IPV4.matcher(entry);
        if (v4.matches()) {
            return literal(v4.group(1));
        }
        Matcher v6 = IPV6.matcher(entry);
        if (v6.matches()) {
            return literal(v6.group(1) != null ? v6.group(1) : v6.group(2));
        }
        return Optional.empty();
    }

    /** The bytes of an IP literal (only digits, hex, dots and colons reach here, so nothing is looked up). */
    private static Optional<byte[]> literal(String text) {
        if (text.length() > 45 || !(text.contains(":") || text.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static String normalised(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an address of 4 or 16 bytes is always valid", e);
        }
    }
}
