package com.jobfuture.coach.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the web server's {@code host:port} ({@code [::1]:8080} for IPv6), checks the public URL and the trusted
 * proxies (IP addresses or CIDR ranges).
 */
final class HttpSettings {
    private static final Pattern RANGE = Pattern.compile("^([0-9A-Fa-f:.]+)(?:/(\\d{1,3}))?$");
    private static final Pattern ADDRESS = Pattern.compile("^(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]+):(\\d{1,5})$");

    private HttpSettings() {
    }

    static CoachConfig.Http parse(Path path, String address, Optional<String> publicUrl) {
        return parse(path, address, publicUrl, List.of());
    }

    static CoachConfig.Http parse(Path path, String address, Optional<String> publicUrl, List<String> proxies) {
        Matcher matcher = ADDRESS.matcher(address.strip());
        int port = matcher.matches() ? Integer.parseInt(matcher.group(2)) : -1;
        if (port < 0 || port > 65_535) {
            throw new ConfigException(path + ": http.address '" + address + "' must look like host:port, e.g. "
                    + "127.0.0.1:8080 or 0.0.0.0:8080 (port 0 picks a free one); environment COACH_HTTP sets it too");
        }
        String host = matcher.group(1);
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        if (publicUrl.isPresent() && !publicUrl.get().matches("(?i)https?://.+")) {
            throw new ConfigException(path + ": http.public_url '" + publicUrl.get() + "' must be an http(s) URL, "
                    + "e.g. https://coach.example.com");
        }
        return new CoachConfig.Http(host, port, publicUrl.map(url -> url.replaceAll("/+$", "")),
                trustedProxies(path, proxies));
    }

    /** Each entry as {@code address/prefix} (an address alone is a range of one); only literal IPs are accepted. */
    static List<String> trustedProxies(Path path, List<String> entries) {
        List<String> ranges = new ArrayList<>();
        for (String entry : entries) {
            String text = entry == null ? "" : entry.strip();
            Matcher range = RANGE.matcher(text);
            boolean literal = range.matches() && (range.group(1).matches("\\d{1,3}(\\.\\d{1,3}){3}")
                    || range.group(1).contains(":"));
            InetAddress base = null;
            if (literal) {
                try {
                    base = InetAddress.getByName(range.group(1)); // a literal: no name lookup
                } catch (UnknownHostException e) {
                    base = null;
                }
            }
            int bits = base == null ? 0 : base.getAddress().length * 8;
            int prefix = base == null || range.group(2) == null ? bits : Integer.parseInt(range.group(2));
            if (base == null || prefix > bits) {
                throw new ConfigException(path + ": http.trusted_proxies entry '" + entry + "' must be an IP address "
                        + "or a CIDR range, e.g. 127.0.0.1, 10.0.0.0/8 or ::1");
            }
            ranges.add(base.getHostAddress() + "/" + prefix);
        }
        return ranges;
    }
}
