package com.jobfuture.coach.config;

import com.jobfuture.coach.core.jobs.source.FeedOptions;
import com.jobfuture.coach.core.jobs.source.JsonMapping;
import com.jobfuture.coach.platform.discord.ShardRange;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The bot's configuration after the file and the environment are merged. Tokens are empty when unset. */
public record CoachConfig(DatabaseLocation database, Path decks, ZoneId timezone, List<String> admins,
                          Optional<String> telegramToken, Optional<String> discordToken,
                          PlatformUrls urls, Http http, Daily daily, Jobs jobs, Check check, Reminders reminders,
                          double reloadMaxLoss, Grading grading, ShardRange discordShards,
                          TelegramDelivery telegramDelivery) {
    /** The share of the questions in use that /reload may drop without {@code /reload force}, by default. */
    public static final double DEFAULT_RELOAD_MAX_LOSS = 0.2;

    /** A configuration whose Telegram bot uses long polling. */
    public CoachConfig(DatabaseLocation database, Path decks, ZoneId timezone, List<String> admins,
                       Optional<String> telegramToken, Optional<String> discordToken,
                       PlatformUrls urls, Http http, Daily daily, Jobs jobs, Check check, Reminders reminders,
                       double reloadMaxLoss, Grading grading, ShardRange discordShards) {
        this(database, decks, timezone, admins, telegramToken, discordToken, urls, http, daily, jobs, check,
                reminders, reloadMaxLoss, grading, discordShards, TelegramDelivery.polling());
    }

    /**
     * How Telegram's updates reach the bot: long polling (one process per token), or a webhook on the web server
     * ({@code telegram.mode: webhook}; any number of processes behind a load balancer) with the secret Telegram
     * sends in {@code X-Telegram-Bot-Api-Secret-Token} (from {@code TELEGRAM_WEBHOOK_SECRET} only).
     * {@code takeOverGrace}: how long a process may miss its heartbeat before another takes over its queued
     * replies (TELEGRAM_TAKEOVER_GRACE_SECONDS; 30 s by default).
     */
    public record TelegramDelivery(boolean webhook, Optional<String> webhookSecret, java.time.Duration takeOverGrace) {
        /** The same with the default take-over grace (30 s). */
        public TelegramDelivery(boolean webhook, Optional<String> webhookSecret) {
            this(webhook, webhookSecret, java.time.Duration.ofSeconds(30));
        }

        public static TelegramDelivery polling() {
            return new TelegramDelivery(false, Optional.empty());
        }

        /** The same with another take-over grace. */
        public TelegramDelivery withTakeOverGrace(java.time.Duration grace) {
            return new TelegramDelivery(webhook, webhookSecret, grace);
        }

        /** Never shows the secret. */
        @Override
        public String toString() {
            return webhook ? "TelegramDelivery[webhook, secret set]" : "TelegramDelivery[polling]";
        }
    }

    /** A configuration whose Discord bot runs whole in this process. */
    public CoachConfig(DatabaseLocation database, Path decks, ZoneId timezone, List<String> admins,
                       Optional<String> telegramToken, Optional<String> discordToken,
                       PlatformUrls urls, Http http, Daily daily, Jobs jobs, Check check, Reminders reminders,
                       double reloadMaxLoss, Grading grading) {
        this(database, decks, timezone, admins, telegramToken, discordToken, urls, http, daily, jobs, check,
                reminders, reloadMaxLoss, grading, ShardRange.single());
    }

    /** A configuration with the default /reload guard and grading. */
    public CoachConfig(DatabaseLocation database, Path decks, ZoneId timezone, List<String> admins,
                       Optional<String> telegramToken, Optional<String> discordToken,
                       PlatformUrls urls, Http http, Daily daily, Jobs jobs, Check check, Reminders reminders) {
        this(database, decks, timezone, admins, telegramToken, discordToken, urls, http, daily, jobs, check,
                reminders, DEFAULT_RELOAD_MAX_LOSS, Grading.defaults());
    }

    /** A configuration with the default skill-check, reminder, /reload and grading settings. */
    public CoachConfig(DatabaseLocation database, Path decks, ZoneId timezone, List<String> admins,
                       Optional<String> telegramToken, Optional<String> discordToken, PlatformUrls urls, Http http,
                       Daily daily, Jobs jobs) {
        this(database, decks, timezone, admins, telegramToken, discordToken, urls, http, daily, jobs,
                Check.defaults(), Reminders.defaults());
    }

    /** The same configuration with another web server address (tests bind port 0). */
    public CoachConfig withHttp(Http other) {
        return new CoachConfig(database, decks, timezone, admins, telegramToken, discordToken, urls, other, daily,
                jobs, check, reminders, reloadMaxLoss, grading, discordShards, telegramDelivery);
    }

    /** The same configuration with other grading settings. */
    public CoachConfig withGrading(Grading other) {
        return new CoachConfig(database, decks, timezone, admins, telegramToken, discordToken, urls, http, daily,
                jobs, check, reminders, reloadMaxLoss, other, discordShards, telegramDelivery);
    }

    /** The same configuration serving other Discord shards. */
    public CoachConfig withDiscordShards(ShardRange shards) {
        return new CoachConfig(database, decks, timezone, admins, telegramToken, discordToken, urls, http, daily,
                jobs, check, reminders, reloadMaxLoss, grading, shards, telegramDelivery);
    }

    /** The same configuration with another way of receiving Telegram's updates. */
    public CoachConfig withTelegramDelivery(TelegramDelivery other) {
        return new CoachConfig(database, decks, timezone, admins, telegramToken, discordToken, urls, http, daily,
                jobs, check, reminders, reloadMaxLoss, grading, discordShards, other);
    }

    /** The same configuration on another database. */
    public CoachConfig withDatabase(DatabaseLocation other) {
        return new CoachConfig(other, decks, timezone, admins, telegramToken, discordToken, urls, http, daily,
                jobs, check, reminders, reloadMaxLoss, grading, discordShards, telegramDelivery);
    }

    /** The same configuration with other skill-check settings. */
    public CoachConfig withCheck(Check other) {
        return new CoachConfig(database, decks, timezone, admins, telegramToken, discordToken, urls, http, daily,
                jobs, other, reminders, reloadMaxLoss, grading, discordShards, telegramDelivery);
    }

    /** The same configuration with other reminder settings. */
    public CoachConfig withReminders(Reminders other) {
        return new CoachConfig(database, decks, timezone, admins, telegramToken, discordToken, urls, http, daily,
                jobs, check, other, reloadMaxLoss, grading, discordShards, telegramDelivery);
    }

    /** A configuration with the default web server, daily, jobs, skill-check and reminder settings. */
    public CoachConfig(DatabaseLocation database, Path decks, ZoneId timezone, List<String> admins,
                       Optional<String> telegramToken, Optional<String> discordToken, PlatformUrls urls) {
        this(database, decks, timezone, admins, telegramToken, discordToken, urls, Http.defaults(),
                Daily.defaults(), Jobs.defaults(), Check.defaults(), Reminders.defaults());
    }

    /**
     * Review reminders: how late a reminder missed while the bot was down (or held up by the fan-out) may still go
     * out ({@code grace}), how often the scheduler checks, and how many reminders one check sends at most.
     */
    public record Reminders(Duration grace, Duration checkEvery, int batchSize) {
        public static Reminders defaults() {
            return new Reminders(Duration.ofHours(2), Duration.ofSeconds(10), 500);
        }
    }

    /** How typed answers to open questions are graded; see docs/grading.md. */
    public enum GradingMode {
        /** A sentence-embedding model in the bot's process (offline, the default). */
        SEMANTIC,
        /** The decks' match phrases only (tiny machines). */
        KEYWORDS,
        /** An OpenAI-compatible chat-completions endpoint; answers leave the machine. */
        LLM
    }

    /**
     * Grading of typed answers: the mode, and for {@code llm} the endpoint (falls back to semantic grading when
     * it fails or takes longer than its timeout).
     */
    public record Grading(GradingMode mode, Optional<Llm> llm) {
        public static Grading defaults() {
            return new Grading(GradingMode.SEMANTIC, Optional.empty());
        }
    }

    /**
     * Skill checks: how long after a finished check of an area the next one may start, and the calibration file
     * of item parameters (empty = {@code item-calibration.json} beside the database, as {@code items calibrate}
     * writes it; a missing file means default parameters).
     */
    public record Check(Duration retakeAfter, Optional<Path> calibrationFile) {
        public static Check defaults() {
            return new Check(Duration.ofDays(7), Optional.empty());
        }
    }

    /** The calibration file the bot loads: the configured one, else {@code item-calibration.json} in the data folder. */
    public Path calibrationFile() {
        return check.calibrationFile().orElseGet(() -> {
            return database.dataFolder().resolve("item-calibration.json");
        });
    }

    /**
     * An OpenAI-compatible endpoint: base URL (…/v1; /chat/completions is appended), model name, API key (from the
     * environment variable the config names; empty for local servers) and the time one request may take.
     */
    public record Llm(URI url, String model, Optional<String> apiKey, Duration timeout) {
        @Override
        public String toString() {
            return "Llm[url=" + url + ", model=" + model + ", apiKey=" + (apiKey.isPresent() ? "(set)" : "(none)")
                    + ", timeout=" + timeout + "]";
        }
    }

    /**
     * Question of the day: how late a missed post is still made after a restart ({@code grace}), how often the
     * scheduler checks, and the reveal delay when an admin names none.
     */
    public record Daily(Duration grace, Duration checkEvery, Duration defaultReveal) {
        public static Daily defaults() {
            return new Daily(Duration.ofHours(2), Duration.ofSeconds(15), Duration.ofHours(8));
        }
    }

    /**
     * /jobs: the curated YAML file, an optional JSON feed in the bot's format (fetched with {@code feedTimeout},
     * refreshed every {@code feedTtl}, which are also the defaults of other sources), the page listing every Django
     * job, how old a feed role may be ({@code maxAge}), the verified companies, and the enabled sources (those of
     * the file plus {@code JOBS_FEEDS}).
     */
    public record Jobs(Path file, Optional<URI> feedUrl, Duration feedTimeout, Duration feedTtl, String allJobsUrl,
                       Duration maxAge, List<String> verifiedCompanies, List<JobSourceSettings> sources) {
        public static final String DJANGO_JOBS = "https://www.djangoproject.com/community/jobs/";

        public Jobs {
            verifiedCompanies = List.copyOf(verifiedCompanies);
            sources = List.copyOf(sources);
        }

        public static Jobs defaults() {
            return new Jobs(Path.of("config", "jobs.yaml"), Optional.empty(), Duration.ofSeconds(5),
                    Duration.ofMinutes(30), DJANGO_JOBS, Duration.ofDays(60), List.of(), List.of());
        }
    }

    /**
     * One enabled job source: its name (in logs), the label listings credit it with, its kind, where it is (a URL,
     * or a path for a file), how often it is fetched and how long a fetch may take, and how to read it (a feed's
     * options, a JSON API's mapping, whether every role is remote).
     */
    public record JobSourceSettings(String name, String label, Kind kind, Optional<URI> url, Optional<Path> path,
                                    Duration refresh, Duration timeout, FeedOptions feed, Optional<JsonMapping> mapping,
                                    Optional<Boolean> remote) {
        /** What a source is: an RSS/Atom feed, a JSON API, a curated file, or a URL whose format is detected. */
        public enum Kind { FEED, JSON, FILE, DETECT }
    }

    /**
     * Where the platforms' APIs are; empty means the public default. Tests and self-hosted servers set them
     * ({@code TELEGRAM_API_URL}, {@code DISCORD_API_URL}, {@code DISCORD_GATEWAY_URL}).
     */
    public record PlatformUrls(Optional<String> telegramApi, Optional<String> discordApi,
                               Optional<String> discordGateway) {
        public static PlatformUrls defaults() {
            return new PlatformUrls(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    public CoachConfig {
        admins = List.copyOf(admins);
        if (!(reloadMaxLoss >= 0 && reloadMaxLoss <= 1)) {
            throw new IllegalArgumentException("reloadMaxLoss must be between 0 and 1: " + reloadMaxLoss);
        }
    }

    /** True when at least one chat platform has a token. */
    public boolean anyPlatformToken() {
        return telegramToken.isPresent() || discordToken.isPresent();
    }

    /**
     * Where the embedded web server (share pages, /healthz, /metrics) listens, and the public base URL of share
     * links; empty means {@code http://host:port} of the bound address ({@code COACH_HTTP}, {@code COACH_PUBLIC_URL}).
     * {@code trustedProxies}: addresses or CIDR ranges of reverse proxies whose {@code X-Forwarded-For} is believed.
     */
    public record Http(String host, int port, Optional<String> publicUrl, List<String> trustedProxies) {
        public static final String DEFAULT_ADDRESS = "127.0.0.1:8080";

        public Http {
            trustedProxies = List.copyOf(trustedProxies);
        }

        /** A web server behind no trusted proxy. */
        public Http(String host, int port, Optional<String> publicUrl) {
            this(host, port, publicUrl, List.of());
        }

        public static Http defaults() {
            return new Http("127.0.0.1", 8080, Optional.empty());
        }

        /** The base of share links when the server is bound to {@code boundPort}. */
        public String publicBaseUrl(int boundPort) {
            if (publicUrl.isPresent()) {
                return publicUrl.get();
            }
            String shown = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
            return "http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + boundPort;
        }
    }
}
