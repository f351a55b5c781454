package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.app.Databases;
import com.jobfuture.coach.config.DatabaseLocation;
import com.jobfuture.coach.platform.fakes.Fault;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.telegram.JdbcTelegramOutbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Share links, link codes and exports are delivered from memory: while they wait in the outbox (here behind a
 * 429) the database holds no copy of them. After a restart they are rendered again from the secret their row names
 * ({@link TelegramSecretReissueTest}); a row naming none (written before V19) gets a notice instead.
 */
@Timeout(60)
class TelegramConfidentialTest extends TelegramAppTest {
    private static final Pattern SHARE_TOKEN = Pattern.compile("/p/([A-Za-z0-9_-]+)");
    private static final Pattern LINK_CODE = Pattern.compile("Your link code: (\\S+) ");
    @Test
    void linksCodesAndExportsWaitingToBeSentAreNeverWrittenToTheDatabase() throws Exception {
        FakeUser dana = rig.fake.user(5101, "Dana");
        dana.send("/start");
        rig.awaitMessages(dana, 1);
        rig.fake.inject("sendMessage", dana.id(), new Fault.TooManyRequests(5), 1);
        rig.time.hold(); // the replies wait out the 429 while the test reads the database
        dana.send("/share");
        dana.send("/link");
        dana.send("/export");
        FakeBotApiWait.until("the replies queued", () -> outboxRows() >= 4);

        assertThat(outbox()).as("queued rows keep no content").allSatisfy(row -> assertThat(row).isEqualTo("||0"));
        rig.time.release();
        List<BotMessage> messages = rig.awaitMessages(dana, 5);
        String share = messages.get(1).text();
        String link = messages.get(2).text();
        assertThat(messages.get(3).text()).startsWith("Here is everything I keep about you");
        assertThat(messages.get(4).kind()).isEqualTo("document");
        rig.awaitSettled();
        rig.stopApp();

        String files = databaseFiles();
        assertThat(files).as("the share link's token").doesNotContain(group(SHARE_TOKEN, share));
        assertThat(files).as("the link code").doesNotContain(group(LINK_CODE, link));
    }

    @Test
    void aSealedRowNamingNoSecretBecomesANoticeAfterARestart() throws Exception {
        FakeUser dana = rig.fake.user(5102, "Dana");
        dana.send("/start"); // a chat the bot may write to
        rig.awaitMessages(dana, 1);
        rig.awaitSettled();
        rig.stopApp();
        try (Database database = Databases.open(DatabaseLocation.sqlite(dir.resolve("coach.db")))) {
            // a row written before rows named their secret (V19): its content was in the dead process's memory only
            new JdbcTelegramOutbox(database, 7000001, Clock.systemUTC()).enqueue(List.of(
                    new OutgoingMessage(dana.id(), null, "Your link code: ABCD-EFGH", false, List.of())
                            .asConfidential()));
        }

        rig.startApp();
        assertThat(rig.awaitMessages(dana, 2).get(1).text()).isEqualTo(TelegramPlatform.SEALED_NOTICE);
        rig.awaitSettled();
        assertThat(rig.fake.messages(dana.id())).hasSize(2);
    }

    private int outboxRows() {
        return outbox().size();
    }

    /** Each outbox row as text|document|has-document-bytes (its keyboard left out when empty). */
    private List<String> outbox() {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("coach.db"));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT text, keyboard, document FROM telegram_outbox")) {
            List<String> found = new java.util.ArrayList<>();
            while (rows.next()) {
                String keyboard = rows.getString(2);
                found.add(rows.getString(1) + "|" + ("[]".equals(keyboard) ? "" : keyboard) + "|"
                        + (rows.getBytes(3) == null ? 0 : 1));
            }
            return found;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The database's files as text (freed pages and the write-ahead log included). */
    private String databaseFiles() throws Exception {
        StringBuilder all = new StringBuilder();
        for (String name : List.of("coach.db", "coach.db-wal")) {
            Path file = dir.resolve(name);
            if (Files.exists(file)) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
