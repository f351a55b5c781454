package com.jobfuture.coach.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import com.jobfuture.coach.platform.discord.ShardRange;
import com.jobfuture.coach.storage.Durability;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the YAML configuration and applies environment overrides (DISCORD_TOKEN, TELEGRAM_BOT_TOKEN, COACH_DB
 * with COACH_DB_USER, COACH_DB_PASSWORD and COACH_DB_DURABILITY, DISCORD_SHARDS, COACH_HTTP, COACH_PUBLIC_URL,
 * the API URLs, JOBS_FEED_URL, JOBS_FEEDS).
 */
public final class ConfigLoader {
    /** The default location, which may be missing (then defaults apply). */
    public static final Path DEFAULT_PATH = Path.of("config", "coach.yaml");
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** Loads the file (a missing default file means all defaults) and applies the environment. */
    public CoachConfig load(Path path, Map<String, String> environment) {
        ConfigFile file = read(path);
        String database = firstNonBlank(environment.get("COACH_DB"),
                file.database() == null ? null : file.database().location(), "data/coach.db");
        String decks = firstNonBlank(file.decks(), "questions");
        String zoneText = firstNonBlank(file.timezone(), "UTC");
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            throw new ConfigException(path + ": timezone '" + zoneText + "' is not an IANA time zone id "
                    + "(e.g. UTC, Europe/Berlin)");
        }
        List<String> admins = file.admins() == null ? List.of() : file.admins();
        for (String admin : admins) {
            if (admin == null || !admin.matches("[a-z]+:\\S+")) {
                throw new ConfigException(path + ": admins entry '" + admin + "' must look like platform:id, "
                        + "e.g. telegram:123456789");
            }
        }
        Optional<String> telegram = token(environment.get("TELEGRAM_BOT_TOKEN"),
                file.telegram() == null ? null : file.telegram().token());
        Optional<String> discord = token(environment.get("DISCORD_TOKEN"),
                file.discord() == null ? null : file.discord().token());
        CoachConfig.PlatformUrls urls = new CoachConfig.PlatformUrls(
                url(path, "telegram.api_url", environment.get("TELEGRAM_API_URL"),
                        file.telegram() == null ? null : file.telegram().apiUrl()),
                url(path, "discord.api_url", environment.get("DISCORD_API_URL"),
                        file.discord() == null ? null : file.discord().apiUrl()),
                url(path, "discord.gateway_url", environment.get("DISCORD_GATEWAY_URL"),
                        file.discord() == null ? null : file.discord().gatewayUrl()));
        CoachConfig.Http http = HttpSettings.parse(path,
                firstNonBlank(environment.get("COACH_HTTP"), file.http() == null ? null : file.http().address(),
                        CoachConfig.Http.DEFAULT_ADDRESS),
                url(path, "http.public_url", environment.get("COACH_PUBLIC_URL"),
                        file.http() == null ? null : file.http().publicUrl()),
                file.http() == null || file.http().trustedProxies() == null ? List.of()
                        : file.http().trustedProxies());
        double reloadMaxLoss = file.reloadMaxLoss() == null ? CoachConfig.DEFAULT_RELOAD_MAX_LOSS
                : file.reloadMaxLoss();
        if (!(reloadMaxLoss >= 0 && reloadMaxLoss <= 1)) {
            throw new ConfigException(path + ": reload_max_loss " + file.reloadMaxLoss() + " must be a share "
                    + "between 0 and 1, e.g. 0.2 (20% of the questions)");
        }
        DatabaseLocation location;
        try {
            location = DatabaseLocation.parse(database, blankToEmpty(environment.get("COACH_DB_USER")),
                    blankToEmpty(environment.get("COACH_DB_PASSWORD")), durability(environment.get(
                            "COACH_DB_DURABILITY"), file.database() == null ? null : file.database().durability()));
        } catch (ConfigException e) {
            throw new ConfigException(path + ": " + e.getMessage());
        }
        return new CoachConfig(location, Path.of(decks), zone, admins, telegram, discord, urls, http,
                FeatureSettings.daily(path, file.daily()), JobsSettings.read(path, file.jobs(),
                        environment.get("JOBS_FEED_URL"), environment.get("JOBS_FEEDS")), FeatureSettings.check(path,
                        file.check()), FeatureSettings.reminders(path, file.reminders()), reloadMaxLoss,
                GradingSettings.parse(path, file.grading(), environment),
                shards(path, firstNonBlank(environment.get("DISCORD_SHARDS"),
                        file.discord() == null ? null : file.discord().shards(), "")),
                telegramDelivery(path, file.telegram(), environment)
                        .withTakeOverGrace(takeOverGrace(path, environment)));
    }

    /** TELEGRAM_TAKEOVER_GRACE_SECONDS: seconds a bot process may miss its heartbeat (default 30, at least 1). */
    private static java.time.Duration takeOverGrace(Path path, Map<String, String> environment) {
        String text = firstNonBlank(environment.get("TELEGRAM_TAKEOVER_GRACE_SECONDS"), "30").strip();
        try {
            long seconds = Long.parseLong(text);
            if (seconds >= 1 && seconds <= 3600) {
                return java.time.Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(path + ": TELEGRAM_TAKEOVER_GRACE_SECONDS '" + text + "' must be a whole number of "
                + "seconds from 1 to 3600");
    }

    /**
     * {@code telegram.mode} (or TELEGRAM_MODE): polling (the default) or webhook; a webhook needs
     * TELEGRAM_WEBHOOK_SECRET, which is read from the environment only (a file would keep it beside the config).
     */
    private static CoachConfig.TelegramDelivery telegramDelivery(Path path, ConfigFile.Telegram telegram,
                                                                 Map<String, String> environment) {
        if (telegram != null && telegram.webhookSecret() != null) {
            throw new ConfigException(path + ": telegram.webhook_secret is read from the environment only: remove it "
                    + "from the file and set TELEGRAM_WEBHOOK_SECRET");
        }
        String mode = firstNonBlank(environment.get("TELEGRAM_MODE"), telegram == null ? null : telegram.mode(),
                "polling").strip().toLowerCase(java.util.Locale.ROOT);
        if (mode.equals("polling")) {
            return CoachConfig.TelegramDelivery.polling();
        }
        if (!mode.equals("webhook")) {
            throw new ConfigException(path + ": telegram.mode '" + mode + "' must be polling (one process, the "
                    + "default) or webhook (behind the web server; several processes may share one database)");
        }
        String secret = firstNonBlank(environment.get("TELEGRAM_WEBHOOK_SECRET"), "").strip();
        if (secret.isEmpty()) {
            throw new ConfigException(path + ": telegram.mode webhook needs TELEGRAM_WEBHOOK_SECRET in the "
                    + "environment (16 to 256 characters of A-Z, a-z, 0-9, _ and -; e.g. the output of "
                    + "'openssl rand -hex 32'), the same for every process of the bot");
        }
        if (!secret.matches("[A-Za-z0-9_-]{16,256}")) {
            throw new ConfigException(path + ": TELEGRAM_WEBHOOK_SECRET must be 16 to 256 characters of A-Z, a-z, "
                    + "0-9, _ and - (Telegram's rule for secret tokens; e.g. 'openssl rand -hex 32'); it has "
                    + secret.length() + " characters");
        }
        return new CoachConfig.TelegramDelivery(true, Optional.of(secret));
    }

    /** {@code database.durability} (or COACH_DB_DURABILITY): full or normal; empty when neither is set. */
    private static Optional<Durability> durability(String fromEnvironment, String fromFile) {
        String text = firstNonBlank(fromEnvironment, fromFile, "").strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String key = fromEnvironment != null && !fromEnvironment.isBlank() ? "COACH_DB_DURABILITY"
                : "database.durability";
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "full" -> Optional.of(Durability.FULL);
            case "normal" -> Optional.of(Durability.NORMAL);
            default -> throw new ConfigException(key + " '" + text + "' must be normal (the default: every "
                    + "commit survives a crash of the bot; a power loss may undo the last few) or full (every "
                    + "commit flushed to the disk: also survives a power loss, slower)");
        };
    }

    /** The Discord shards this process serves ({@code discord.shards} or DISCORD_SHARDS); blank = all of one. */
    private static ShardRange shards(Path path, String text) {
        if (text.isBlank()) {
            return ShardRange.single();
        }
        try {
            return ShardRange.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(path + ": discord." + e.getMessage() + " (this process serves shards first to "
                    + "last of total; e.g. two processes: '0-3 of 8' and '4-7 of 8')");
        }
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<String> url(Path path, String key, String fromEnvironment, String fromFile) {
        String value = firstNonBlank(fromEnvironment, fromFile, "").strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            java.net.URI uri = new java.net.URI(value);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !List.of("http", "https", "ws", "wss").contains(uri.getScheme())) {
                throw new ConfigException(path + ": " + key + " '" + value + "' must be an http(s) or ws(s) URL");
            }
        } catch (java.net.URISyntaxException e) {
            throw new ConfigException(path + ": " + key + " '" + value + "' is not a valid URL");
        }
        return Optional.of(value);
    }

    private ConfigFile read(Path path) {
        if (!Files.exists(path)) {
            if (path.normalize().equals(DEFAULT_PATH)) {
                return ConfigFile.empty();
            }
            throw new ConfigException(path + ": no such configuration file");
        }
        try {
            ConfigFile file = yaml.readValue(path.toFile(), ConfigFile.class);
            return file == null ? ConfigFile.empty() : file;
        } catch (UnrecognizedPropertyException e) {
            String key = e.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]"
                    : r.getFieldName()).collect(Collectors.joining("."));
            String known = e.getKnownPropertyIds() == null ? "" : " (known keys here: " + e.getKnownPropertyIds()
                    .stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
            throw new ConfigException(path + ":" + keyLine(path, e.getPropertyName(), e.getLocation())
                    + ": unknown key '" + key + "'" + known);
        } catch (JsonProcessingException e) {
            throw new ConfigException(path + ":" + line(e.getLocation()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The line where the key is written (Jackson reports where the parser stopped, which may be later). */
    private static String keyLine(Path path, String key, JsonLocation fallback) {
        try {
            List<String> lines = Files.readAllLines(path);
            java.util.regex.Pattern written = java.util.regex.Pattern.compile(
                    "^\\s*(- )?['\"]?" + java.util.regex.Pattern.quote(key) + "['\"]?\\s*:.*");
            for (int i = 0; i < lines.size(); i++) {
                if (written.matcher(lines.get(i)).matches()) {
                    return String.valueOf(i + 1);
                }
            }
        } catch (IOException e) {
            // fall back to the parser's position
        }
        return line(fallback);
    }

    private static String line(JsonLocation location) {
        return location == null ? "?" : String.valueOf(location.getLineNr());
    }

    private static Optional<String> token(String fromEnvironment, String fromFile) {
        String token = firstNonBlank(fromEnvironment, fromFile, "");
        return token.isBlank() ? Optional.empty() : Optional.of(token.strip());
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}
