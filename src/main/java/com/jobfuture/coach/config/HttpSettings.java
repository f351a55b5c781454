package com.jobfuture.coach.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the web server's {@code host:port} ({@code [::1]:8080} for IPv6) and checks the public URL. */
final class HttpSettings {
    private static final Pattern ADDRESS = Pattern.compile("^(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]+):(\\d{1,5})$");

    private HttpSettings() {
    }

    static CoachConfig.Http parse(Path path, String address, Optional<String> publicUrl) {
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
        return new CoachConfig.Http(host, port, publicUrl.map(url -> url.replaceAll("/+$", "")));
    }
}
