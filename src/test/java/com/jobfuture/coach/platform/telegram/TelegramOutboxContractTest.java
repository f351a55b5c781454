package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.Attachment;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.SecretRef;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.telegram.JdbcTelegramOutbox;
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
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Nested;

/**
 * The Telegram storage port ({@link TelegramOutbox}) as {@link JdbcTelegramOutbox} implements it: what survives a
 * crash at each point, and which process owns what, on a real SQLite file and on PostgreSQL. (In this package
 * because the messages it queues are built with the adapter's own helpers.)
 */
class TelegramOutboxContractTest {
    @Nested
    class OnSqlite extends TelegramOutboxCases {
        OnSqlite() {
            super(TestStorage.SQLITE);
        }
    }

    @Nested
    class OnPostgres extends TelegramOutboxCases {
        OnPostgres() {
            super(TestStorage.POSTGRESQL);
        }
    }
}

/** The cases, run on each database. */
@Timeout(20)
abstract class TelegramOutboxCases extends StorageTest {
    private final MutableClock clock = new MutableClock(T0);
    private Database database;
    private TelegramOutbox store;

    private static final Duration GRACE = Duration.ofSeconds(30);

    TelegramOutboxCases(TestStorage storage) {
        super(storage);
    }

    /** The first process stops beating (it was killed) and, past the grace window, a new one starts. */
    private TelegramOutbox restart() {
        clock.advance(GRACE.plusSeconds(1));
        TelegramOutbox next = new JdbcTelegramOutbox(database, 42, clock, "restarted");
        next.beat();
        return next;
    }

    @BeforeEach
    void open() {
        database = db;
        store = new JdbcTelegramOutbox(database, 42, clock, "first");
        store.beat();
    }

    @Test
    void anUpdateIsTakenUpOnceEvenAfterItIsDone() {
        assertThat(store.claim(100, 7L)).isTrue();
        assertThat(store.claim(100, 7L)).isFalse();
        store.complete(100, List.of(), null);
        assertThat(store.claim(100, 7L)).as("redelivered after a restart").isFalse();
        assertThat(new JdbcTelegramOutbox(database, 43, clock).claim(100, 7L)).as("another bot's update 100").isTrue();
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
        store.setInFlight(List.of(queued.get(0).id(), queued.get(2).id()));
        TelegramOutbox restarted = restart();

        TelegramOutbox.Recovery recovery = restarted.takeOver("lost?", GRACE);

        assertThat(recovery.interruptedChats()).containsExactly(7L);
        assertThat(recovery.lost()).as("new messages that may have arrived").isEqualTo(1);
        assertThat(recovery.taken()).isEqualTo(restarted.pending());
        assertThat(restarted.pending()).extracting(q -> q.message().text())
                .as("the notice takes the place of the message").containsExactly("lost?", "b", "<b>graded</b>");
        assertThat(restarted.pending().get(0).message().editMessageId()).isNull();
        assertThat(restarted.pending().get(2).message().editMessageId()).as("an edit is made again as is")
                .isEqualTo(55);
        assertThat(store.pending()).as("no longer the stopped process's").isEmpty();
        assertThat(restarted.takeOver("lost?", GRACE).isEmpty()).as("only once").isTrue();
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

        TelegramOutbox restarted = restart();
        TelegramOutbox.Recovery recovery = restarted.takeOver("lost?", GRACE);
        assertThat(recovery.sealedChats()).containsExactly(7L);
        assertThat(restarted.pending()).extracting(q -> q.message().text()).containsExactly("plain");
    }

    @Test
    void aSealedRowKeepsOnlyItsSecretsReferenceWhichComesBackOncePerChatAndSecret() {
        SecretRef link = SecretRef.shareLink(5, 3);
        SecretRef code = SecretRef.ofUser(SecretRef.LINK_CODE, 5);
        Attachment file = new Attachment("card.png", "image/png", "s3cr3t-card".getBytes(StandardCharsets.UTF_8));
        store.enqueue(List.of(new OutgoingMessage(7, null, "Your link: https://x/p/s3cr3t-token", false,
                        List.of()).asConfidential(link),
                OutgoingMessage.document(7, file).asConfidential(link),
                new OutgoingMessage(7, null, "Your link code: s3cr3t-code", false, List.of()).asConfidential(code),
                new OutgoingMessage(8, null, "a file", false, List.of()).asConfidential()));

        String everything = database.read(c -> {
            StringBuilder dump = new StringBuilder();
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(
                    "SELECT text, document, secret_kind, secret_id FROM telegram_outbox ORDER BY id")) {
                while (rows.next()) {
                    byte[] document = rows.getBytes(2);
                    dump.append(rows.getString(1)).append(document == null ? "" : new String(document,
                            StandardCharsets.UTF_8)).append(rows.getString(3)).append('|').append(rows.getString(4))
                            .append(';');
                }
            }
            return dump.toString();
        });
        assertThat(everything).doesNotContain("s3cr3t")
                .isEqualTo("share-link|5:3;share-link|5:3;link-code|5;null|null;");

        TelegramOutbox.Recovery recovery = restart().takeOver("lost?", GRACE);
        assertThat(recovery.reissues()).as("the link's text and file are one secret").containsExactly(
                new TelegramOutbox.Reissue(7, link), new TelegramOutbox.Reissue(7, code));
        assertThat(recovery.sealedChats()).as("a row naming none gets the notice").containsExactly(8L);
    }

    @Test
    void blockingDropsTheChatsQueueAndPausesSurvive() {
        List<QueuedMessage> queued = store.enqueue(List.of(new OutgoingMessage(7, null, "a", false, List.of()),
                new OutgoingMessage(8, null, "b", false, List.of())));
        store.pause(queued.get(1).id(), T0.plusSeconds(30));
        store.block(7, List.of());

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

    @Test
    void aProcessSeesOnlyItsOwnRowsAndTakesNothingFromAProcessThatStillBeats() {
        Assumptions.assumeTrue(storage == TestStorage.POSTGRESQL, "SQLite serves one process: every other owner "
                + "is an earlier run, taken over at once");
        store.claim(400, 7L);
        List<QueuedMessage> queued = store.enqueue(List.of(new OutgoingMessage(7, null, "a", false, List.of()),
                new OutgoingMessage(8, null, "b", false, List.of())));
        store.setInFlight(List.of(queued.get(0).id()));
        store.pause(queued.get(1).id(), T0.plusSeconds(30));
        TelegramOutbox second = new JdbcTelegramOutbox(anotherProcess(), 42, clock, "second");
        second.beat();
        clock.advance(GRACE.minusSeconds(1));

        assertThat(second.takeOver("lost?", GRACE).isEmpty()).as("the first process beat 29 s ago").isTrue();
        assertThat(second.pending()).isEmpty();
        assertThat(second.pausedChats()).isEmpty();
        assertThat(store.pending()).extracting(QueuedMessage::id).containsExactly(queued.get(1).id());
        assertThat(store.pausedChats()).containsOnlyKeys(8L);

        store.beat();
        clock.advance(GRACE.minusSeconds(1));
        assertThat(second.takeOver("lost?", GRACE).isEmpty()).as("it beat again").isTrue();
        assertThat(store.complete(400, List.of(), null)).isEmpty();
    }

    @Test
    void afterAProcessStopsBeatingEachOfItsRowsIsTakenOverByExactlyOneSurvivor() throws Exception {
        List<OutgoingMessage> messages = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            messages.add(new OutgoingMessage(1000 + i % 20, null, "reply " + i, false, List.of()));
        }
        for (int i = 0; i < 20; i++) {
            store.claim(500 + i, 2000L + i);
        }
        List<QueuedMessage> queued = store.enqueue(messages);
        store.setInFlight(queued.stream().filter(q -> q.id() % 3 == 0).map(QueuedMessage::id).toList());
        TelegramOutbox b = new JdbcTelegramOutbox(anotherProcess(), 42, clock, "b");
        TelegramOutbox c = new JdbcTelegramOutbox(anotherProcess(), 42, clock, "c");
        b.beat();
        c.beat();
        clock.advance(GRACE.plusSeconds(1));
        b.beat();
        c.beat();

        ExecutorService two = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        Future<TelegramOutbox.Recovery> byB = two.submit(() -> {
            go.await();
            return b.takeOver("lost?", GRACE);
        });
        Future<TelegramOutbox.Recovery> byC = two.submit(() -> {
            go.await();
            return c.takeOver("lost?", GRACE);
        });
        go.countDown();
        TelegramOutbox.Recovery fromB = byB.get();
        TelegramOutbox.Recovery fromC = byC.get();
        two.shutdown();

        List<Long> takenIds = new ArrayList<>();
        fromB.taken().forEach(q -> takenIds.add(q.id()));
        fromC.taken().forEach(q -> takenIds.add(q.id()));
        assertThat(takenIds).as("every row once").containsExactlyInAnyOrderElementsOf(
                queued.stream().map(QueuedMessage::id).toList());
        List<Long> interrupted = new ArrayList<>(fromB.interruptedChats());
        interrupted.addAll(fromC.interruptedChats());
        assertThat(interrupted).as("each interrupted update noticed once").hasSize(20).doesNotHaveDuplicates();
        long inFlight = queued.stream().filter(q -> q.id() % 3 == 0).count();
        assertThat(fromB.lost() + fromC.lost()).as("each row that was out replaced by one notice")
                .isEqualTo((int) inFlight);
        assertThat(b.pending()).isEqualTo(fromB.taken());
        assertThat(c.pending()).isEqualTo(fromC.taken());
        assertThat(b.takeOver("lost?", GRACE).isEmpty()).isTrue();
        assertThat(c.takeOver("lost?", GRACE).isEmpty()).isTrue();
        assertThat(store.setInFlight(takenIds)).as("the first process, back after missing its heartbeats, may "
                + "send none of them").isEmpty();
    }

    @Test
    void aCleanStopLetsTheNextProcessTakeOverAtOnce() {
        store.enqueue(List.of(new OutgoingMessage(7, null, "queued at stop", false, List.of())));
        TelegramOutbox next = new JdbcTelegramOutbox(database, 42, clock, "next");
        next.beat();
        store.retire();

        assertThat(next.takeOver("lost?", GRACE).taken()).extracting(q -> q.message().text())
                .containsExactly("queued at stop");
    }
}
