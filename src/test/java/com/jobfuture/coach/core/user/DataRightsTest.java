package com.jobfuture.coach.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.app.ReminderChecks;
import com.jobfuture.coach.core.chat.Attachment;
import com.jobfuture.coach.core.chat.Audience;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.share.ShareTokens;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.config.DatabaseLocation;
import com.jobfuture.coach.platform.common.PlatformTime;
import com.jobfuture.coach.testing.TestStorage;
import com.jobfuture.coach.testing.CheckDecks;
import com.jobfuture.coach.testing.MutableClock;
import com.jobfuture.coach.testing.RecordingMessenger;
import com.jobfuture.coach.testing.TestCoach;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /export and /forget through the bot, checked against every table of the database. */
class DataRightsTest {
    @Nested
    class OnSqlite extends DataRightsCases {
        OnSqlite() {
            super(TestStorage.SQLITE);
        }
    }

    @Nested
    class OnPostgres extends DataRightsCases {
        OnPostgres() {
            super(TestStorage.POSTGRESQL);
        }
    }
}

/** The cases, run with the bot on each database. */
abstract class DataRightsCases {
    private static final Pattern LINK = Pattern.compile("/p/([A-Za-z0-9_-]{22})");
    @TempDir
    Path dir;
    CoachApplication app;
    CoachBot bot;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final RecordingMessenger messenger = new RecordingMessenger(clock);
    final ReminderChecks checks = ReminderChecks.byHand().deliverOn("test", messenger);
    final ChatUser dana = new ChatUser("test", "1", "Dana", false);
    final ChatUser danaOnTelegram = new ChatUser("telegram", "42", "Dana", false);
    final ChatUser sam = new ChatUser("test", "2", "Sam", false);

    private final TestStorage storage;
    private DatabaseLocation location;

    DataRightsCases(TestStorage storage) {
        this.storage = storage;
    }

    @BeforeEach
    void setUp() {
        CoachConfig config = TestCoach.config(dir);
        location = storage.location(dir);
        config = config.withDatabase(location);
        CheckDecks.write(config.decks(), "apis");
        CheckDecks.write(config.decks(), "production");
        app = CoachApplication.start(config, clock, PlatformTime.system(), checks);
        bot = app.bot();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void exportHoldsAllOfTheUsersDataAsJsonButNoSecrets() throws Exception {
        useEverything(dana);
        String token = token(say(dana, "/share 14 topics"));
        app.shares().view(token);

        Reply reply = say(dana, "/export");

        assertThat(reply.audience()).isEqualTo(Audience.SENDER);
        Attachment file = reply.attachment().orElseThrow();
        assertThat(file.fileName()).isEqualTo("interview-coach-data-2026-03-02.json");
        assertThat(file.mediaType()).isEqualTo("application/json");
        String text = new String(file.content(), StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(text);
        assertThat(json.get("format").asText()).isEqualTo(UserDataService.EXPORT_FORMAT);
        assertThat(json.at("/user/display_name").asText()).isEqualTo("Dana");
        assertThat(json.at("/identities/0/platform").asText()).isEqualTo("test");
        int checkItems = json.at("/skill_checks/results/0/questions").asInt();
        assertThat(checkItems).isBetween(8, 20);
        assertThat(json.at("/reviews/answers")).hasSize(1 + checkItems);
        assertThat(json.at("/reviews/answers/0/question_id").asText()).isEqualTo("orm-loop-count");
        assertThat(json.at("/reviews/answers/0/answered_at").asText()).isEqualTo("2026-03-02T09:00:00Z");
        assertThat(json.at("/reviews/cards/0/state").asText()).isNotBlank();
        assertThat(json.at("/quiz/scope_key").asText()).isEqualTo("family:orm");
        assertThat(json.at("/sharing/chosen_name").asText()).isEqualTo("Dana K.");
        assertThat(json.at("/sharing/links")).hasSize(2);
        assertThat(json.at("/sharing/links/0/shows")).extracting(JsonNode::asText)
                .containsExactly("name", "families", "topics");
        assertThat(json.at("/sharing/links/0/views").asInt()).isEqualTo(1);
        assertThat(json.at("/linking/code_waiting_until").asText()).isEqualTo("2026-03-02T09:10:00Z");
        assertThat(json.at("/settings/time_zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(json.at("/settings/reminders/on").asBoolean()).isTrue();
        assertThat(json.at("/settings/reminders/time").asText()).isEqualTo("18:30");
        assertThat(json.at("/settings/reminders/sent_to").asText()).isEqualTo("test:1");
        assertThat(json.at("/settings/reminders/next_at").asText()).isEqualTo("2026-03-02T17:30:00Z");
        assertThat(json.at("/settings/interview_date").asText()).isEqualTo("2027-03-01");
        assertThat(json.at("/reminders").isArray()).isTrue();
        assertThat(json.at("/job_alerts/on").asBoolean()).isTrue();
        assertThat(json.at("/job_alerts/filters").asText()).isEqualTo("remote");
        assertThat(json.at("/job_alerts/sent_to").asText()).isEqualTo("test");
        assertThat(json.at("/job_alerts/roles_seen").asInt()).as("the remote roles listed when turned on")
                .isPositive();
        assertThat(json.at("/skill_checks/results/0/area").asText()).isEqualTo("apis");
        assertThat(json.at("/skill_checks/results/0/confidence").asText()).contains("% sure it is not");
        assertThat(json.at("/skill_checks/results/0/items")).hasSize(checkItems);
        assertThat(json.at("/skill_checks/results/0/items/0/chosen_option").isInt()).isTrue();
        assertThat(json.at("/skill_checks/running/area").asText()).isEqualTo("production");
        assertThat(json.at("/skill_checks/running/items")).hasSize(2);
        assertThat(text).doesNotContain(token, ShareTokens.hash(token));
    }

    @Test
    void forgetAsksFirstAndThenDeletesEveryRowOfEveryTable() throws Exception {
        useEverything(dana);
        useEverything(sam);
        say(danaOnTelegram, "/link " + code(say(dana, "/link")));
        say(danaOnTelegram, "/link WRONG-CODE");
        String page = token(say(dana, "/share"));
        remindedOnce(dana);
        Map<String, Integer> samBefore = rowsOf(2);
        assertThat(rowsOf(1).values()).anyMatch(count -> count > 0);

        Reply ask = say(dana, "/forget");
        assertThat(ask.text()).contains("deletes everything", "share links", "linked accounts (telegram, test)", "cannot be undone",
                "/export", "/forget confirm");
        assertThat(ask.buttons()).extracting(Button::action)
                .containsExactly("forget:confirm", "forget:cancel", "export");
        Reply done = press(danaOnTelegram, "forget:confirm");

        assertThat(done.text()).contains("deleted all your data");
        assertThat(done.replacesOrigin()).isTrue();
        assertThat(rowsOf(1).values()).containsOnly(0);
        assertThat(rowsOf(2)).isEqualTo(samBefore);
        assertThat(app.shares().view(page)).isEmpty();
        assertThat(say(dana, "/progress").text()).contains("0 answered");
    }

    @Test
    void theTypedConfirmationWorksToo() throws Exception {
        useEverything(dana);
        say(dana, "/forget");
        assertThat(say(dana, "/forget confirm").text()).contains("deleted all your data");
        assertThat(rowsOf(1).values()).containsOnly(0);
    }

    @Test
    void nothingIsDeletedWithoutARecentForgetOrAfterCancel() throws Exception {
        useEverything(dana);
        assertThat(say(dana, "/forget confirm").text()).contains("send /forget first");
        assertThat(press(dana, "forget:confirm").text()).contains("send /forget first");

        say(dana, "/forget");
        assertThat(press(dana, "forget:cancel").text()).contains("Nothing was deleted");
        assertThat(say(dana, "/forget confirm").text()).contains("send /forget first");

        say(dana, "/forget");
        clock.advance(Duration.ofMinutes(11));
        assertThat(say(dana, "/forget confirm").text()).contains("send /forget first");
        assertThat(say(dana, "/forget now").text()).contains("Usage: /forget");
        assertThat(rowsOf(1).get("review_log")).isGreaterThan(8);
        assertThat(rowsOf(1).get("skill_check_results")).isEqualTo(1);
        assertThat(rowsOf(1).get("skill_check_runs")).isEqualTo(1);
    }

    @Test
    void exportsAreBoundedPerUserAndMarkedAsSnapshots() {
        say(dana, "/quiz orm");
        Reply first = say(dana, "/export");
        assertThat(first.attachment()).isPresent();
        assertThat(first.snapshotOf()).contains("export");

        clock.advance(Duration.ofMinutes(1));
        Reply again = say(dana, "/export");

        assertThat(again.attachment()).isEmpty();
        assertThat(again.text()).contains("You can ask for a new one in 4 minutes.");
        assertThat(again.snapshotOf()).as("a refusal never replaces an unsent export").isEmpty();
        assertThat(say(sam, "/export").attachment()).as("another user").isPresent();
        clock.advance(Duration.ofMinutes(4));
        assertThat(say(dana, "/export").attachment()).isPresent();
    }

    /**
     * Answers a question, leaves a quiz open, finishes an APIs skill check and leaves a production one open after
     * one answer, shares a link, names the page, asks for a link code, changes settings and turns job alerts on.
     */
    private void useEverything(ChatUser user) {
        Reply question = say(user, "/quiz orm");
        press(user, question.buttons().stream().filter(b -> b.label().equals("51")).findFirst().orElseThrow()
                .action()); // the right option, wherever the shuffle put it
        List<Reply> check = bot.handle(Incoming.message(user, "/check apis"));
        while (check.get(check.size() - 1).text().startsWith("Skill check · APIs")) {
            String shown = check.get(check.size() - 1).text();
            check = bot.handle(Incoming.message(user, CheckDecks.letterOf(shown, CheckDecks.choice(shown, "middle"))));
        }
        Reply running = bot.handle(Incoming.message(user, "/check production")).get(0);
        bot.handle(Incoming.message(user, CheckDecks.letterOf(running.text(), "right")));
        say(user, "/share");
        say(user, "/share name Dana K.");
        say(user, "/link");
        say(user, "/settings timezone Europe/Berlin");
        say(user, "/settings reminders 18:30");
        say(user, "/settings interview 2027-03-01");
        say(user, "/jobs alert on remote");
    }

    /**
     * Sends the user a reminder (their answer's learning step is due), so a reminder row exists, and checks their
     * job alert at the same time, so an alert day exists.
     */
    private void remindedOnce(ChatUser user) {
        say(user, "/settings reminders 10:30"); // 09:30Z in Berlin
        clock.advance(Duration.ofMinutes(30));
        checks.tick();
        assertThat(messenger.sent()).hasSize(1);
        assertThat(app.jobAlerts().tick().nothingNew()).as("every remote role was seen when alerts were turned on")
                .isEqualTo(1);
    }

    /** Rows that belong to a user in every table of the database (every table with a user_id column). */
    private Map<String, Integer> rowsOf(long userId) throws Exception {
        Map<String, Integer> tableToRows = new LinkedHashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    String name = rows.getString("TABLE_NAME");
                    if (!name.startsWith("sqlite_") && !name.equals("flyway_schema_history")) {
                        tables.add(name);
                    }
                }
            }
            assertThat(tables).contains("users", "identities", "review_cards", "review_log", "quiz_sessions",
                    "share_links", "share_settings", "link_codes", "link_attempts", "skill_check_runs",
                    "skill_check_results", "user_settings", "reminders_sent", "job_alerts", "job_alert_days",
                    "job_alert_seen");
            for (String table : tables) {
                String column = table.equals("users") ? "id" : userColumn(c, table);
                if (column == null) {
                    continue; // not per-user data (e.g. a community's question of the day)
                }
                try (ResultSet count = s.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = "
                        + userId)) {
                    count.next();
                    tableToRows.put(table, count.getInt(1));
                }
            }
        }
        return tableToRows;
    }

    /** A connection of its own to the bot's database (SQLite or PostgreSQL). */
    private Connection connect() throws Exception {
        if (location instanceof DatabaseLocation.Postgres postgres) {
            return DriverManager.getConnection(postgres.url(), postgres.user().orElseThrow(),
                    postgres.password().orElseThrow());
        }
        return DriverManager.getConnection("jdbc:sqlite:" + ((DatabaseLocation.SqliteFile) location).file());
    }

    private static String userColumn(Connection c, String table) throws Exception {
        try (ResultSet columns = c.getMetaData().getColumns(null, null, table, "user_id")) {
            return columns.next() ? "user_id" : null;
        }
    }

    private static String code(Reply reply) {
        Matcher matcher = Pattern.compile("/link ([A-Z2-9]{4}-[A-Z2-9]{4})").matcher(reply.text());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String token(Reply reply) {
        Matcher matcher = LINK.matcher(reply.text());
        assertThat(matcher.find()).as(reply.text()).isTrue();
        return matcher.group(1);
    }

    private Reply say(ChatUser user, String text) {
        return bot.handle(Incoming.message(user, text)).get(0);
    }

    private Reply press(ChatUser user, String action) {
        return bot.handle(Incoming.press(user, action)).get(0);
    }
}
