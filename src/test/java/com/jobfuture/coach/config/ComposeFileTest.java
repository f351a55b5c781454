package com.jobfuture.coach.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * compose.yaml, checked without a Docker engine (none in development): its services and profiles, health checks,
 * and that every variable it gives the bot is one the app reads — the names are taken from the app's own
 * configuration code, not copied here — and that the environment it builds loads with the app's ConfigLoader into
 * what the comments promise (PostgreSQL, webhook mode behind HTTPS on the domain).
 */
class ComposeFileTest {
    static final Path COMPOSE = Path.of("compose.yaml");
    static final Path CADDYFILE = Path.of("deploy", "Caddyfile");
    static final Pattern READ_VARIABLE = Pattern.compile("environment\\.get\\(\"([A-Z][A-Z0-9_]*)\"\\)");
    static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([-?])([^}]*))?}");
    static final Set<String> BOT_SERVICES = Set.of("coach-telegram", "coach-telegram-1", "coach-telegram-2",
            "coach-discord");
    static Map<String, Object> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws IOException {
        // SnakeYAML resolves the anchors and `<<` merge keys as Compose does
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        services = (Map<String, Object>) compose.get("services");
    }

    @Test
    void servicesAndProfilesAreAsDocumented() {
        assertThat(services.keySet()).containsExactlyInAnyOrder("postgres", "coach-telegram", "coach-telegram-1",
                "coach-telegram-2", "caddy", "coach-discord");
        assertThat(profiles("postgres")).isEmpty();
        assertThat(profiles("coach-discord")).isEmpty();
        assertThat(profiles("coach-telegram")).containsExactly("polling");
        assertThat(profiles("coach-telegram-1")).containsExactly("webhook");
        assertThat(profiles("coach-telegram-2")).containsExactly("webhook");
        assertThat(profiles("caddy")).containsExactly("webhook");
        for (String bot : BOT_SERVICES) {
            assertThat(service(bot)).containsEntry("build", ".").containsEntry("restart", "unless-stopped");
            assertThat(dependsOn(bot)).containsEntry("postgres", Map.of("condition", "service_healthy"));
        }
        assertThat(dependsOn("caddy")).containsOnlyKeys("coach-telegram-1", "coach-telegram-2")
                .allSatisfy((name, condition) -> assertThat(condition)
                        .isEqualTo(Map.of("condition", "service_healthy")));
        assertThat(service("caddy").get("ports")).asList().containsExactlyInAnyOrder("80:80", "443:443");
        assertThat(service("caddy").get("volumes")).asList().contains("./deploy/Caddyfile:/etc/caddy/Caddyfile:ro");
    }

    @Test
    void everyServiceHasAHealthCheckAndTheBotsAskHealthz() {
        for (String name : services.keySet()) {
            assertThat(service(name)).as(name).containsKey("healthcheck");
        }
        for (String bot : BOT_SERVICES) {
            @SuppressWarnings("unchecked")
            Map<String, Object> check = (Map<String, Object>) service(bot).get("healthcheck");
            assertThat(check.get("test")).asList().startsWith("CMD", "java").endsWith("/app/interview-coach.jar",
                    "healthcheck");
        }
        assertThat(service("postgres").get("healthcheck").toString()).contains("pg_isready -U coach -d coach");
    }

    @Test
    void everyVariableGivenToTheBotIsOneTheAppReads() throws IOException {
        Set<String> read = variablesTheAppReads();
        assertThat(read).as("parsed from the app's configuration code").contains("COACH_DB", "TELEGRAM_MODE",
                "TELEGRAM_WEBHOOK_SECRET", "COACH_PUBLIC_URL");
        for (String bot : BOT_SERVICES) {
            assertThat(environment(bot).keySet()).as(bot).isSubsetOf(read);
        }
        assertThat(environment("coach-telegram-1")).containsKeys("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET",
                "COACH_PUBLIC_URL", "COACH_DB", "COACH_DB_USER", "COACH_DB_PASSWORD", "COACH_HTTP");
        assertThat(environment("coach-telegram-1")).isEqualTo(environment("coach-telegram-2"));
    }

    @Test
    void noProfileServiceRequiresAVariableTheOtherProfileDoesNotNeed() {
        // Compose substitutes every service before applying profiles: a `${X:?}` in a profile's service would stop
        // `up` with the other profile (or none) unless an always-on service requires X too
        Set<String> requiredAlways = new TreeSet<>();
        Map<String, Set<String>> requiredInProfiles = new HashMap<>();
        for (String name : services.keySet()) {
            Set<String> required = new TreeSet<>();
            Matcher matcher = SUBSTITUTION.matcher(service(name).toString());
            while (matcher.find()) {
                if ("?".equals(matcher.group(2))) {
                    required.add(matcher.group(1));
                }
            }
            if (profiles(name).isEmpty()) {
                requiredAlways.addAll(required);
            } else {
                requiredInProfiles.put(name, required);
            }
        }
        assertThat(requiredAlways).containsExactlyInAnyOrder("COACH_DB_PASSWORD", "DISCORD_TOKEN");
        requiredInProfiles.forEach((name, required) -> assertThat(required).as(name).isSubsetOf(requiredAlways));
    }

    @Test
    void theWebhookProcessesLoadAsWebhookModeOnPostgresBehindHttpsOnTheDomain() {
        Map<String, String> shell = Map.of("COACH_DB_PASSWORD", "pw-0123456789", "DISCORD_TOKEN", "discord-token",
                "TELEGRAM_BOT_TOKEN", "123:telegram-token", "COACH_DOMAIN", "bot.example.org",
                "TELEGRAM_WEBHOOK_SECRET", "0123456789abcdef0123456789abcdef");
        for (String name : List.of("coach-telegram-1", "coach-telegram-2")) {
            CoachConfig config = new ConfigLoader().load(Path.of("config", "coach.yaml"),
                    substituted(environment(name), shell));

            assertThat(config.telegramDelivery().webhook()).as(name).isTrue();
            assertThat(config.telegramDelivery().webhookSecret()).contains("0123456789abcdef0123456789abcdef");
            assertThat(config.http().publicUrl()).contains("https://bot.example.org");
            assertThat(config.http().host()).isEqualTo("0.0.0.0");
            assertThat(config.http().port()).isEqualTo(8080);
            assertThat(config.database()).isEqualTo(new DatabaseLocation.Postgres(
                    "jdbc:postgresql://postgres:5432/coach", java.util.Optional.of("coach"),
                    java.util.Optional.of("pw-0123456789")));
            assertThat(config.telegramToken()).contains("123:telegram-token");
        }
        CoachConfig polling = new ConfigLoader().load(Path.of("config", "coach.yaml"),
                substituted(environment("coach-telegram"), shell));
        assertThat(polling.telegramDelivery().webhook()).isFalse();
        CoachConfig discord = new ConfigLoader().load(Path.of("config", "coach.yaml"),
                substituted(environment("coach-discord"), shell));
        assertThat(discord.discordToken()).contains("discord-token");
        assertThat(discord.telegramToken()).isEmpty();
    }

    @Test
    void aWebhookProcessWithoutItsSecretOrDomainStopsWithAMessageSayingWhich() {
        Map<String, String> noSecret = Map.of("COACH_DB_PASSWORD", "pw", "TELEGRAM_BOT_TOKEN", "123:t",
                "COACH_DOMAIN", "bot.example.org");
        assertThatThrownBy(() -> new ConfigLoader().load(Path.of("config", "coach.yaml"),
                substituted(environment("coach-telegram-1"), noSecret)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("TELEGRAM_WEBHOOK_SECRET");
        Map<String, String> noDomain = Map.of("COACH_DB_PASSWORD", "pw", "TELEGRAM_BOT_TOKEN", "123:t",
                "TELEGRAM_WEBHOOK_SECRET", "0123456789abcdef0123456789abcdef");
        assertThatThrownBy(() -> new ConfigLoader().load(Path.of("config", "coach.yaml"),
                substituted(environment("coach-telegram-1"), noDomain)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("public_url");
    }

    @Test
    void caddyServesTheDomainAndBalancesBothWebhookProcessesCheckingHealthz() throws IOException {
        String caddyfile = Files.readString(CADDYFILE);

        assertThat(caddyfile).contains("{$COACH_DOMAIN} {", "reverse_proxy coach-telegram-1:8080 "
                + "coach-telegram-2:8080", "health_uri /healthz");
        assertThat(environment("caddy")).containsOnlyKeys("COACH_DOMAIN");
    }

    /** Every environment variable name the app's configuration code reads ({@code environment.get("…")}). */
    private static Set<String> variablesTheAppReads() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src", "main", "java", "com", "jobfuture", "coach",
                "config"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = READ_VARIABLE.matcher(Files.readString(source));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        }
        return names;
    }

    /** The service's environment with `${X}`, `${X:-default}` and `${X:?message}` filled from {@code shell}. */
    private static Map<String, String> substituted(Map<String, String> environment, Map<String, String> shell) {
        Map<String, String> result = new HashMap<>();
        environment.forEach((key, value) -> {
            Matcher matcher = SUBSTITUTION.matcher(value);
            StringBuilder filled = new StringBuilder();
            while (matcher.find()) {
                String set = shell.get(matcher.group(1));
                String replacement = set != null && !set.isEmpty() ? set
                        : "-".equals(matcher.group(2)) ? matcher.group(3) : "";
                matcher.appendReplacement(filled, Matcher.quoteReplacement(replacement));
            }
            matcher.appendTail(filled);
            result.put(key, filled.toString());
        });
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        assertThat(services).containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(String name) {
        Map<String, Object> environment = (Map<String, Object>) service(name).getOrDefault("environment", Map.of());
        Map<String, String> text = new HashMap<>();
        environment.forEach((key, value) -> text.put(key, String.valueOf(value)));
        return text;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> profiles(String name) {
        return new LinkedHashSet<>((List<String>) service(name).getOrDefault("profiles", List.of()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> dependsOn(String name) {
        return (Map<String, Object>) service(name).get("depends_on");
    }
}
