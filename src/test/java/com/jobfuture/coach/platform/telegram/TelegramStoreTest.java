package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.Attachment;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.testing.StorageTest;
import com.jobfuture.coach.testing.TestStorage;
import com.jobfuture.coach.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Nested;

/** The adapter's durable state: what survives a crash at each point, on a real SQLite file and on PostgreSQL. */
class TelegramStoreTest {
    @Nested
    class OnSqlite extends TelegramStoreCases {
        OnSqlite() {
            super(TestStorage.SQLITE);
        }
    }

    @Nested
    class OnPostgres extends TelegramStoreCases {
        OnPostgres() {
            super(TestStorage.POSTGRESQL);
        }
    }
}

/** The cases, run on each database. */
@Timeout(20)
abstract class TelegramStoreCases extends StorageTest {
    private final MutableClock clock = new MutableClock(T0);
    private Database database;
    private TelegramStore store;

    TelegramStoreCases(TestStorage storage) {
        super(storage);
    }

    @BeforeEach
    void open() {
        database = db;
        store = new TelegramStore(database, 42, clock);
    }

    @Test
    void anUpdateIsTakenUpOnceEvenAfterItIsDone() {
        assertThat(store.claim(100, 7L)).isTrue();
        assertThat(store.claim(100, 7L)).isFalse();
        store.complete(100, List.of(), null);
        assertThat(store.claim(100, 7L)).as("redelivered after a restart").isFalse();
        assertThat(new TelegramStore(database, 43, clock).claim(100, 7L)).as("another bot's update 100").isTrue();
    }

    @Test
    void completeQueuesRepliesAndTheOffsetForgetsFinishedUpdates() {
        store.claim(100, 7L);
        List<QueuedMessage> queued = store.complete(100, List.of(
                new OutgoingMessage(7, null, "<b>one</b>", true, List.of(List.of(new Button("next", "Next")))),
                new OutgoingMessage(7, 55, "two", false, List.of())), null);

        assertThat(store.pending()).isEqualTo(queued);
        assertThat(queued.get(1).message().editMessageId()).isEqualTo(55);
        store.saveOffset(101);
        assertThat(store.claim(100, 7L)).as("below the offset the row is gone; Telegram never resends it")
                .isTrue();
        assertThat(store.offset(Duration.ofHours(24))).hasValue(101);
    }

    @Test
    void anOffsetOlderThanTelegramKeepsUpdatesIsNotUsed() {
        store.saveOffset(500);
        clock.advance(Duration.ofHours(23));
        assertThat(store.offset(Duration.ofHours(24))).hasValue(500);
        clock.advance(Duration.ofHours(2));
        assertThat(store.offset(Duration.ofHours(24))).isEmpty();
    }

    @Test
    void recoveryNoticesInterruptedUpdatesMakesEditsAgainAndReplacesNewMessagesThatMayHaveBeenOutByANotice() {
        store.claim(200, 7L);
        store.claim(201, 8L);
        store.complete(201, List.of(), null);
        List<QueuedMessage> queued = store.enqueue(List.of(new OutgoingMessage(7, null, "a", false, List.of()),
                new OutgoingMessage(7, null, "b", false, List.of()),
                new OutgoingMessage(7, 55, "<b>graded</b>", true, List.of())));
        store.setInFlight(queued.get(0).id(), true);
        store.setInFlight(queued.get(2).id(), true);

        TelegramStore.Recovery recovery = store.recover("lost?");

        assertThat(recovery.interruptedChats()).containsExactly(7L);
        assertThat(recovery.lost()).as("new messages that may have arrived").isEqualTo(1);
        assertThat(store.pending()).extracting(q -> q.message().text())
                .as("the notice takes the place of the message").containsExactly("lost?", "b", "<b>graded</b>");
        assertThat(store.pending().get(0).message().editMessageId()).isNull();
        assertThat(store.pending().get(2).message().editMessageId()).as("an edit is made again as is").isEqualTo(55);
        assertThat(store.recover("lost?").interruptedChats()).as("only once").isEmpty();
        assertThat(store.recover("lost?").lost()).as("replaced once").isZero();
    }

    @Test
    void aConfidentialMessageLeavesNoContentInTheDatabaseAndANoticeAfterARestart() {
        Attachment export = new Attachment("export.json", "application/json",
                "{\"secret\":\"s3cr3t-export\"}".getBytes(StandardCharsets.UTF_8));
        store.enqueue(List.of(new OutgoingMessage(7, null, "Your link: https://x/p/s3cr3t-token", false,
                        List.of(List.of(new Button("share:list", "My links")))).asConfidential(),
                OutgoingMessage.document(7, export).asConfidential(),
                new OutgoingMessage(8, null, "plain", false, List.of())));

        String everything = database.read(c -> {
            StringBuilder dump = new StringBuilder();
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(
                    "SELECT text, keyboard, document FROM telegram_outbox")) {
                while (rows.next()) {
                    byte[] document = rows.getBytes(3);
                    dump.append(rows.getString(1)).append(rows.getString(2))
                            .append(document == null ? "" : new String(document, StandardCharsets.UTF_8));
                }
            }
            return dump.toString();
        });
        assertThat(everything).contains("plain").doesNotContain("s3cr3t", "share:list");

        TelegramStore.Recovery recovery = store.recover("lost?");
        assertThat(recovery.sealedChats()).containsExactly(7L);
        assertThat(store.pending()).extracting(q -> q.message().text()).containsExactly("plain");
    }

    @Test
    void blockingDropsTheChatsQueueAndPausesSurvive() {
        List<QueuedMessage> queued = store.enqueue(List.of(new OutgoingMessage(7, null, "a", false, List.of()),
                new OutgoingMessage(8, null, "b", false, List.of())));
        store.pause(queued.get(1).id(), T0.plusSeconds(30));
        store.block(7);

        assertThat(store.blockedChats()).containsExactly(7L);
        assertThat(store.pending()).extracting(q -> q.message().chatId()).containsExactly(8L);
        assertThat(store.pausedChats()).isEqualTo(Map.of(8L, T0.plusSeconds(30)));
        store.claim(300, 7L);
        store.complete(300, List.of(), BlockChange.unblock(7));
        assertThat(store.blockedChats()).isEmpty();
    }

    @Test
    void aPrivateReplyToAGroupCommandKeepsItsGroupNoteWhichBlockingQueuesInstead() {
        OutgoingMessage note = new OutgoingMessage(-100, null, "Press Start first", true, List.of()).replyingTo(41);
        OutgoingMessage reply = new OutgoingMessage(7, null, "Sorry — admins only", true, List.of())
                .withFallback(note);
        OutgoingMessage reveal = new OutgoingMessage(-100, null, "Answer of the day", true, List.of()).replyingTo(40);
        List<QueuedMessage> queued = store.enqueue(List.of(reply, reveal));
        assertThat(store.pending()).isEqualTo(queued);
        assertThat(store.pending().get(0).message().fallback()).isEqualTo(note);
        assertThat(store.pending().get(1).message().replyTo()).isEqualTo(40);

        List<QueuedMessage> notes = store.block(7, List.of(note));

        assertThat(notes).extracting(QueuedMessage::message).containsExactly(note);
        assertThat(store.pending()).extracting(QueuedMessage::message).containsExactly(reveal, note);
    }
}
