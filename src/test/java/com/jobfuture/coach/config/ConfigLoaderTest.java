package com.jobfuture.coach.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.jobfuture.coach.core.jobs.source.FeedOptions;
import com.jobfuture.coach.core.jobs.source.JsonMapping;
import com.jobfuture.coach.platform.discord.ShardRange;
import com.jobfuture.coach.storage.Durability;
import java.io.IOException;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;
    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void committedConfigLoadsWithSafeDefaults() {
        CoachConfig config = loader.load(Path.of("config/coach.yaml"), Map.of());

        assertThat(config.database()).isEqualTo(DatabaseLocation.sqlite(Path.of("data/coach.db")));
        assertThat(config.decks()).isEqualTo(Path.of("questions"));
        assertThat(config.timezone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.telegramToken()).isEmpty();
        assertThat(config.discordToken()).isEmpty();
        assertThat(config.anyPlatformToken()).isFalse();
        assertThat(config.urls()).isEqualTo(CoachConfig.PlatformUrls.defaults());
        assertThat(config.http()).isEqualTo(CoachConfig.Http.defaults());
        assertThat(config.http().publicBaseUrl(8080)).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void webAddressAndPublicUrlComeFromFileOrEnvironment() throws IOException {
        Path file = write("http:\n  address: 0.0.0.0:9000\n  public_url: https://coach.example.com/\n");

        CoachConfig fromFile = loader.load(file, Map.of());
        assertThat(fromFile.http().host()).isEqualTo("0.0.0.0");
        assertThat(fromFile.http().port()).isEqualTo(9000);
        assertThat(fromFile.http().publicBaseUrl(9000)).isEqualTo("https://coach.example.com");

        CoachConfig fromEnv = loader.load(file, Map.of("COACH_HTTP", "[::1]:0", "COACH_PUBLIC_URL", ""));
        assertThat(fromEnv.http().host()).isEqualTo("::1");
        assertThat(fromEnv.http().port()).isZero();
        assertThat(fromEnv.http().publicBaseUrl(41234)).isEqualTo("https://coach.example.com");
        assertThat(loader.load(write("timezone: UTC\n"), Map.of("COACH_HTTP", "0.0.0.0:0")).http().publicBaseUrl(41234))
                .isEqualTo("http://127.0.0.1:41234");
    }

    @Test
    void environmentOverridesTheFile() throws IOException {
        Path file = write("database: from-file.db\ntelegram:\n  token: file-token\n");

        CoachConfig config = loader.load(file, Map.of("COACH_DB", "/tmp/env.db", "TELEGRAM_BOT_TOKEN", "env-token",
                "DISCORD_TOKEN", "d", "TELEGRAM_API_URL", "http://127.0.0.1:8081",
                "DISCORD_API_URL", "http://127.0.0.1:8082/api/v10/", "DISCORD_GATEWAY_URL", "ws://127.0.0.1:8083"));

        assertThat(config.database()).isEqualTo(DatabaseLocation.sqlite(Path.of("/tmp/env.db")));
        assertThat(config.telegramToken()).contains("env-token");
        assertThat(config.discordToken()).contains("d");
        assertThat(config.urls().telegramApi()).contains("http://127.0.0.1:8081");
        assertThat(config.urls().discordApi()).contains("http://127.0.0.1:8082/api/v10/");
        assertThat(config.urls().discordGateway()).contains("ws://127.0.0.1:8083");
    }

    @Test
    void unknownKeyIsAClearErrorNamingTheKeyAndLine() throws IOException {
        Path file = write("database: x.db\ntelegram:\n  tokn: abc\n");

        assertThatThrownBy(() -> loader.load(file, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(":3: unknown key 'telegram.tokn'")
                .hasMessageContaining("known keys here: api_url, mode, token, webhook_secret");
    }

    @Test
    void telegramPollsByDefaultAndWebhookModeNeedsItsSecretFromTheEnvironment() throws IOException {
        Path file = write("database: x.db\n");
        assertThat(loader.load(file, Map.of()).telegramDelivery().webhook()).isFalse();
        assertThat(loader.load(file, Map.of("TELEGRAM_MODE", "polling")).telegramDelivery().webhook()).isFalse();

        String secret = "a".repeat(16) + "_-0123456789";
        CoachConfig.TelegramDelivery webhook = loader.load(write("telegram:\n  mode: webhook\n"),
                Map.of("TELEGRAM_WEBHOOK_SECRET", secret)).telegramDelivery();
        assertThat(webhook.webhook()).isTrue();
        assertThat(webhook.webhookSecret()).contains(secret);
        assertThat(webhook.toString()).doesNotContain(secret);
        assertThat(loader.load(file, Map.of("TELEGRAM_MODE", "webhook", "TELEGRAM_WEBHOOK_SECRET", secret))
                .telegramDelivery().webhook()).isTrue();

        assertThatThrownBy(() -> loader.load(file, Map.of("TELEGRAM_MODE", "webhook")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("telegram.mode webhook needs TELEGRAM_WEBHOOK_SECRET in the environment");
        assertThatThrownBy(() -> loader.load(file, Map.of("TELEGRAM_MODE", "webhook",
                "TELEGRAM_WEBHOOK_SECRET", "short")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("TELEGRAM_WEBHOOK_SECRET must be 16 to 256 characters").hasMessageNotContaining(
                        "short");
        assertThatThrownBy(() -> loader.load(write("telegram:\n  webhook_secret: " + secret + "\n"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("telegram.webhook_secret is read from the environment only")
                .hasMessageNotContaining(secret);
        assertThatThrownBy(() -> loader.load(file, Map.of("TELEGRAM_MODE", "push")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("telegram.mode 'push' must be polling");
    }

    @Test
    void badValuesAreNamed() throws IOException {
        assertThatThrownBy(() -> loader.load(write("timezone: Mars/Olympus\n"), Map.of()))
                .hasMessageContaining("timezone 'Mars/Olympus' is not an IANA time zone id");
        assertThatThrownBy(() -> loader.load(write("admins: [dana]\n"), Map.of()))
                .hasMessageContaining("admins entry 'dana' must look like platform:id");
        assertThatThrownBy(() -> loader.load(write("telegram:\n  api_url: not a url\n"), Map.of()))
                .hasMessageContaining("telegram.api_url");
        assertThatThrownBy(() -> loader.load(write("http:\n  address: localhost\n"), Map.of()))
                .hasMessageContaining("http.address 'localhost' must look like host:port");
        assertThatThrownBy(() -> loader.load(write("timezone: UTC\n"), Map.of("COACH_HTTP", "127.0.0.1:70000")))
                .hasMessageContaining("http.address '127.0.0.1:70000'");
        assertThatThrownBy(() -> loader.load(write("timezone: UTC\n"), Map.of("COACH_PUBLIC_URL", "ws://x")))
                .hasMessageContaining("http.public_url 'ws://x' must be an http(s) URL");
        assertThatThrownBy(() -> loader.load(dir.resolve("missing.yaml"), Map.of()))
                .hasMessageContaining("no such configuration file");
    }

    @Test
    void dailyAndJobsSectionsHaveDefaultsAndCheckedValues() throws IOException {
        CoachConfig committed = loader.load(Path.of("config/coach.yaml"), Map.of());
        assertThat(committed.daily()).isEqualTo(CoachConfig.Daily.defaults());
        assertThat(committed.jobs()).isEqualTo(CoachConfig.Jobs.defaults());

        CoachConfig custom = loader.load(write("""
                daily:
                  grace: 1h30m
                  check_every: 5s
                  default_reveal: 6h
                jobs:
                  file: other/jobs.yaml
                  feed_url: https://feed.example.com/jobs.json
                  feed_timeout: 800ms
                  feed_ttl: 10m
                """), Map.of());
        assertThat(custom.daily()).isEqualTo(new CoachConfig.Daily(Duration.ofMinutes(90), Duration.ofSeconds(5),
                Duration.ofHours(6)));
        assertThat(custom.jobs()).isEqualTo(new CoachConfig.Jobs(Path.of("other/jobs.yaml"),
                Optional.of(URI.create("https://feed.example.com/jobs.json")), Duration.ofMillis(800),
                Duration.ofMinutes(10), CoachConfig.Jobs.DJANGO_JOBS, Duration.ofDays(60), List.of(), List.of()));
        assertThat(loader.load(write("jobs:\n  feed_url: ''\n"), Map.of("JOBS_FEED_URL", "http://127.0.0.1:9/f"))
                .jobs().feedUrl()).contains(URI.create("http://127.0.0.1:9/f"));

        assertThatThrownBy(() -> loader.load(write("daily:\n  grace: 2 hours\n"), Map.of()))
                .hasMessageContaining("daily.grace '2 hours' is not a duration such as 15s, 30m, 2h or 1h30m");
        assertThatThrownBy(() -> loader.load(write("daily:\n  grace: 13h\n"), Map.of()))
                .hasMessageContaining("daily.grace '13h' must be between 5m and 12h");
        assertThatThrownBy(() -> loader.load(write("daily:\n  grace: 10m\n  check_every: 6m\n"), Map.of()))
                .hasMessageContaining("daily.check_every");
        assertThatThrownBy(() -> loader.load(write("jobs:\n  feed_url: file:///etc/passwd\n"), Map.of()))
                .hasMessageContaining("jobs.feed_url 'file:///etc/passwd' must be an http(s) URL");
        assertThatThrownBy(() -> loader.load(write("daily:\n  grase: 1h\n"), Map.of()))
                .hasMessageContaining(":2: unknown key 'daily.grase'")
                .hasMessageContaining("check_every, default_reveal, grace");
    }

    @Test
    void jobSourcesAreReadCheckedAndTheDisabledOnesLeftOut() throws IOException {
        CoachConfig committed = loader.load(Path.of("config/coach.yaml"), Map.of());
        assertThat(committed.jobs().sources()).as("the shipped public feeds are off until enabled").isEmpty();
        String enabledShipped = Files.readString(Path.of("config/coach.yaml")).replace("enabled: false",
                "enabled: true");
        assertThat(loader.load(write(enabledShipped), Map.of()).jobs().sources())
                .extracting(CoachConfig.JobSourceSettings::name, CoachConfig.JobSourceSettings::kind)
                .containsExactly(tuple("python-org", CoachConfig.JobSourceSettings.Kind.FEED),
                        tuple("weworkremotely-back-end", CoachConfig.JobSourceSettings.Kind.FEED),
                        tuple("remotive-django", CoachConfig.JobSourceSettings.Kind.JSON));

        CoachConfig custom = loader.load(write("""
                jobs:
                  max_age: 30d
                  verified_companies: [Fjordbyte Analytics]
                  sources:
                    - name: board
                      kind: feed
                      url: https://board.example.com/jobs.rss
                      refresh: 1h
                      title_format: "company: title"
                      location: element:region
                      remote: true
                    - name: api
                      label: Example API
                      kind: json
                      url: https://api.example.com/jobs?q=django
                      mapping: {list: data.jobs, title: name, url: links.apply, level: seniority}
                    - name: more
                      kind: file
                      path: config/more-jobs.yaml
                """), Map.of("JOBS_FEEDS", "https://a.example.com/feed.atom, http://www.b.example.org/rss"));

        CoachConfig.Jobs jobs = custom.jobs();
        assertThat(jobs.maxAge()).isEqualTo(Duration.ofDays(30));
        assertThat(jobs.verifiedCompanies()).containsExactly("Fjordbyte Analytics");
        assertThat(jobs.sources()).hasSize(5);
        CoachConfig.JobSourceSettings board = jobs.sources().get(0);
        assertThat(board.label()).isEqualTo("board.example.com");
        assertThat(board.refresh()).isEqualTo(Duration.ofHours(1));
        assertThat(board.timeout()).as("feed_timeout is the default").isEqualTo(Duration.ofSeconds(5));
        assertThat(board.feed()).isEqualTo(new FeedOptions(FeedOptions.TitleFormat.COMPANY_COLON_TITLE,
                Optional.of("region"), false, Optional.of(true)));
        assertThat(jobs.sources().get(1).mapping()).contains(new JsonMapping("data.jobs", "name", "", "", "",
                "seniority", "links.apply", "", "", ""));
        assertThat(jobs.sources().get(2).path()).contains(Path.of("config/more-jobs.yaml"));
        assertThat(jobs.sources().subList(3, 5)).as("JOBS_FEEDS adds feeds whose format is detected")
                .extracting(CoachConfig.JobSourceSettings::kind, s -> s.url().orElseThrow().toString(),
                        CoachConfig.JobSourceSettings::label)
                .containsExactly(tuple(CoachConfig.JobSourceSettings.Kind.DETECT, "https://a.example.com/feed.atom",
                                "a.example.com"),
                        tuple(CoachConfig.JobSourceSettings.Kind.DETECT, "http://www.b.example.org/rss",
                                "b.example.org"));
        assertThat(loader.load(write("jobs:\n  feed_url: ''\n"), Map.of("JOBS_FEED_URL", "https://c.example.com/j",
                "JOBS_FEEDS", "https://d.example.com/rss")).jobs())
                .as("JOBS_FEED_URL keeps working beside JOBS_FEEDS")
                .satisfies(j -> assertThat(j.feedUrl()).contains(URI.create("https://c.example.com/j")))
                .satisfies(j -> assertThat(j.sources()).hasSize(1));

        assertThatThrownBy(() -> loader.load(write("jobs:\n  sources:\n    - {name: x, kind: json, url: "
                + "\"https://e.example.com\"}\n"), Map.of()))
                .hasMessageContaining("jobs.sources.x.mapping needs at least title and url");
        assertThatThrownBy(() -> loader.load(write("jobs:\n  sources:\n    - {name: x, kind: feed, url: "
                + "\"javascript:alert(1)\"}\n"), Map.of()))
                .hasMessageContaining("jobs.sources.x.url 'javascript:alert(1)' must be an http(s) URL");
        assertThatThrownBy(() -> loader.load(write("jobs:\n  sources:\n    - {name: x, kind: feed, url: "
                + "\"https://e.example.com\", refresh: 10s}\n"), Map.of()))
                .hasMessageContaining("jobs.sources.x.refresh '10s' must be between 1m and 7d");
        assertThatThrownBy(() -> loader.load(write("jobs:\n  sources:\n    - {name: x, kind: feed, url: "
                + "\"https://e.example.com\"}\n    - {name: x, kind: feed, url: \"https://f.example.com\"}\n"),
                Map.of())).hasMessageContaining("jobs.sources[1].name 'x' is used twice");
        assertThatThrownBy(() -> loader.load(write("jobs:\n  sources:\n    - name: x\n      kind: feed\n"
                + "      url: https://e.example.com\n      titel: auto\n"), Map.of()))
                .hasMessageContaining(":6: unknown key 'jobs.sources.[0].titel'");
        assertThatThrownBy(() -> loader.load(write("jobs:\n  max_age: 2y\n"), Map.of()))
                .hasMessageContaining("jobs.max_age '2y' is not a duration");
        assertThatThrownBy(() -> loader.load(write("timezone: UTC\n"),
                Map.of("JOBS_FEEDS", "ftp://g.example.com/rss")))
                .hasMessageContaining("JOBS_FEEDS 'ftp://g.example.com/rss' must be an http(s) URL");
    }

    @Test
    void reloadGuardAndTrustedProxiesHaveDefaultsAndCheckedValues() throws IOException {
        CoachConfig committed = loader.load(Path.of("config/coach.yaml"), Map.of());
        assertThat(committed.reloadMaxLoss()).isEqualTo(CoachConfig.DEFAULT_RELOAD_MAX_LOSS);
        assertThat(committed.http().trustedProxies()).isEmpty();

        CoachConfig custom = loader.load(write("""
                reload_max_loss: 0.5
                http:
                  address: 0.0.0.0:8080
                  trusted_proxies: [127.0.0.1, 10.0.0.0/8, "::1", "fd00::/8"]
                """), Map.of());
        assertThat(custom.reloadMaxLoss()).isEqualTo(0.5);
        assertThat(custom.http().trustedProxies())
                .containsExactly("127.0.0.1/32", "10.0.0.0/8", "0:0:0:0:0:0:0:1/128", "fd00:0:0:0:0:0:0:0/8");

        assertThatThrownBy(() -> loader.load(write("reload_max_loss: 1.5\n"), Map.of()))
                .hasMessageContaining("reload_max_loss 1.5 must be a share between 0 and 1");
        assertThatThrownBy(() -> loader.load(write("http:\n  trusted_proxies: [proxy.example.com]\n"), Map.of()))
                .hasMessageContaining("http.trusted_proxies entry 'proxy.example.com' must be an IP address");
        assertThatThrownBy(() -> loader.load(write("http:\n  trusted_proxies: [10.0.0.0/33]\n"), Map.of()))
                .hasMessageContaining("'10.0.0.0/33'");
    }

    @Test
    void remindersSectionHasDefaultsAndCheckedValues() throws IOException {
        assertThat(loader.load(Path.of("config/coach.yaml"), Map.of()).reminders())
                .isEqualTo(CoachConfig.Reminders.defaults());
        assertThat(loader.load(write("reminders:\n  grace: 30m\n  check_every: 5s\n  batch_size: 50\n"), Map.of())
                .reminders()).isEqualTo(new CoachConfig.Reminders(Duration.ofMinutes(30), Duration.ofSeconds(5), 50));

        assertThatThrownBy(() -> loader.load(write("reminders:\n  grace: 1 day\n"), Map.of()))
                .hasMessageContaining("reminders.grace '1 day' is not a duration");
        assertThatThrownBy(() -> loader.load(write("reminders:\n  grace: 10m\n  check_every: 6m\n"), Map.of()))
                .hasMessageContaining("reminders.check_every");
        assertThatThrownBy(() -> loader.load(write("reminders:\n  batch_size: 0\n"), Map.of()))
                .hasMessageContaining("reminders.batch_size 0 must be between 1 and 10000");
        assertThatThrownBy(() -> loader.load(write("reminders:\n  batch: 5\n"), Map.of()))
                .hasMessageContaining(":2: unknown key 'reminders.batch'")
                .hasMessageContaining("batch_size, check_every, grace");
    }

    @Test
    void gradingSectionDefaultsToSemanticAndChecksTheLlmEndpoint() throws IOException {
        CoachConfig committed = loader.load(Path.of("config/coach.yaml"), Map.of());
        assertThat(committed.grading().mode()).isEqualTo(CoachConfig.GradingMode.SEMANTIC);
        assertThat(committed.grading().llm()).isEmpty();

        CoachConfig llm = loader.load(write("grading:\n  mode: llm\n  llm:\n    url: http://127.0.0.1:11434/v1\n"
                + "    model: llama3.1:8b\n    api_key_env: MY_KEY\n    timeout: 3s\n"), Map.of("MY_KEY", "sk-1"));
        assertThat(llm.grading().mode()).isEqualTo(CoachConfig.GradingMode.LLM);
        assertThat(llm.grading().llm().orElseThrow().apiKey()).contains("sk-1");
        assertThat(llm.grading().llm().orElseThrow().timeout()).isEqualTo(java.time.Duration.ofSeconds(3));
        assertThat(llm.grading().llm().orElseThrow().toString()).doesNotContain("sk-1");

        assertThatThrownBy(() -> loader.load(write("grading:\n  mode: llm\n"), Map.of()))
                .hasMessageContaining("grading.llm.url");
        assertThatThrownBy(() -> loader.load(write("grading:\n  mode: magic\n"), Map.of()))
                .hasMessageContaining("grading.mode 'magic' must be semantic, keywords or llm");
        assertThatThrownBy(() -> loader.load(write("grading:\n  llm:\n    url: http://x\n    model: m\n"
                + "    api_key_env: sk-secret-value!\n"), Map.of())).hasMessageContaining("api_key_env");
        assertThatThrownBy(() -> loader.load(write("grading:\n  modes: keywords\n"), Map.of()))
                .hasMessageContaining("unknown key 'grading.modes'");
    }

    @Test
    void durabilityIsNormalByDefaultAndReadFromTheFileOrTheEnvironment() throws IOException {
        assertThat(loader.load(Path.of("config/coach.yaml"), Map.of()).database())
                .isEqualTo(new DatabaseLocation.SqliteFile(Path.of("data/coach.db"), Durability.NORMAL));
        Path full = write("database:\n  location: data/full.db\n  durability: full\n");
        assertThat(loader.load(full, Map.of()).database())
                .isEqualTo(new DatabaseLocation.SqliteFile(Path.of("data/full.db"), Durability.FULL));
        assertThat(loader.load(full, Map.of("COACH_DB_DURABILITY", "NORMAL")).database())
                .isEqualTo(new DatabaseLocation.SqliteFile(Path.of("data/full.db"), Durability.NORMAL));
        assertThat(loader.load(write("database: data/short.db\n"), Map.of("COACH_DB_DURABILITY", " Full ")).database())
                .isEqualTo(new DatabaseLocation.SqliteFile(Path.of("data/short.db"), Durability.FULL));
        assertThat(loader.load(write("database:\n  durability: full\n"), Map.of()).database())
                .isEqualTo(new DatabaseLocation.SqliteFile(Path.of("data/coach.db"), Durability.FULL));
    }

    @Test
    void aBadDurabilityIsAClearErrorNamingTheKey() throws IOException {
        assertThatThrownBy(() -> loader.load(write("database:\n  durability: fast\n"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("database.durability 'fast' must be normal")
                .hasMessageContaining("or full");
        assertThatThrownBy(() -> loader.load(write("timezone: UTC\n"), Map.of("COACH_DB_DURABILITY", "off")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("COACH_DB_DURABILITY 'off' must be normal");
        assertThatThrownBy(() -> loader.load(write("database:\n  durabilty: full\n"), Map.of()))
                .hasMessageContaining("unknown key 'database.durabilty'")
                .hasMessageContaining("durability, location");
        assertThatThrownBy(() -> loader.load(write("timezone: UTC\n"), Map.of("COACH_DB",
                "jdbc:postgresql://db:5432/coach", "COACH_DB_DURABILITY", "full")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("database.durability (COACH_DB_DURABILITY) applies to SQLite only")
                .hasMessageContaining("synchronous_commit");
        assertThat(loader.load(Path.of("config/coach.yaml"), Map.of("COACH_DB", "jdbc:postgresql://db:5432/coach"))
                .database()).as("the committed file serves PostgreSQL too (compose.yaml)")
                .isInstanceOf(DatabaseLocation.Postgres.class);
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "coach", ".yaml"), yaml);
    }

    @Test
    void aPostgresUrlSelectsPostgresWithCredentialsFromTheEnvironment() throws IOException {
        Path file = write("database: data/coach.db\n");

        CoachConfig config = loader.load(file, Map.of("COACH_DB", "jdbc:postgresql://db:5432/coach?ssl=false",
                "COACH_DB_USER", "coach", "COACH_DB_PASSWORD", "s3cret"));

        assertThat(config.database()).isEqualTo(new DatabaseLocation.Postgres(
                "jdbc:postgresql://db:5432/coach?ssl=false", Optional.of("coach"), Optional.of("s3cret")));
        assertThat(config.database().toString()).doesNotContain("s3cret").doesNotContain("ssl=false");
        assertThat(config.database().dataFolder()).isEqualTo(Path.of("data").toAbsolutePath());
    }

    @Test
    void anotherJdbcUrlIsRefusedWithTheChoices() throws IOException {
        Path file = write("database: jdbc:mysql://db/coach?password=x\n");

        assertThatThrownBy(() -> loader.load(file, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("jdbc:mysql://db/coach' is not supported")
                .hasMessageContaining("jdbc:postgresql://")
                .hasMessageNotContaining("password=x");
    }

    @Test
    void discordShardsComeFromTheFileOrTheEnvironment() throws IOException {
        Path file = write("discord:\n  shards: 0-3 of 8\n");

        assertThat(loader.load(file, Map.of()).discordShards()).isEqualTo(new ShardRange(0, 3, 8));
        assertThat(loader.load(file, Map.of("DISCORD_SHARDS", "5 of 8")).discordShards())
                .isEqualTo(new ShardRange(5, 5, 8));
        assertThat(loader.load(write("timezone: UTC\n"), Map.of()).discordShards()).isEqualTo(ShardRange.single());
        assertThatThrownBy(() -> loader.load(write("discord:\n  shards: 4-9 of 8\n"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("discord.shards 4-9 of 8")
                .hasMessageContaining("'0-3 of 8' and '4-7 of 8'");
    }
}
