package com.jobfuture.coach.platform.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobfuture.coach.core.chat.Attachment;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The adapter's durable state in SQLite (see V2__telegram.sql, V13__telegram_delivery.sql): the confirmed update
 * offset, which updates were taken up, the outbox of replies not delivered yet, and the chats that blocked the bot.
 * A confidential message's row keeps no content ("sealed"): the sender holds it in memory. Thread-safe.
 */
final class TelegramStore {
    private static final TypeReference<List<List<Button>>> KEYBOARD = new TypeReference<>() {
    };
    private final Database db;
    private final long botId;
    private final Clock clock;
    /** How long a delivered row's removal waits to share a commit with other work (see {@link #deleteSoon}). */
    static final Duration DELETE_GRACE = Duration.ofMillis(250);
    private final ObjectMapper json = new ObjectMapper();

    TelegramStore(Database db, long botId, Clock clock) {
        this.db = db;
        this.botId = botId;
        this.clock = clock;
    }

    /**
     * What {@link #recover} found: chats whose update was cut off (owed a notice), chats whose confidential message
     * was lost with the process (owed a notice), and how many new messages whose request may have been out were
     * replaced by a notice.
     */
    record Recovery(List<Long> interruptedChats, List<Long> sealedChats, int lost) {
    }

    /** An update taken up: its id and the chat owed a notice if its handling is cut off (null: none). */
    record Receipt(long updateId, Long chatId) {
    }

    /**
     * The saved offset, unless it is older than {@code maxAge}: Telegram keeps unconfirmed updates for 24 hours,
     * so past that nothing below the offset can come back, and asking without an offset is safe (and survives
     * Telegram restarting its update ids after a long idle time).
     */
    OptionalLong offset(Duration maxAge) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT next_offset, updated_at FROM telegram_offsets WHERE bot_id = ?")) {
                select.setLong(1, botId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return OptionalLong.empty();
                    }
                    Instant saved = Instant.ofEpochMilli(row.getLong(2));
                    boolean fresh = !saved.plus(maxAge).isBefore(clock.instant());
                    return fresh ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    /** Saves the offset and forgets the taken-up updates below it (Telegram will not send them again). */
    void saveOffset(long nextOffset) {
        db.write(c -> {
            saveOffset(c, nextOffset);
            return null;
        });
    }

    private void saveOffset(Connection c, long nextOffset) throws SQLException {
        {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO telegram_offsets (bot_id, next_offset, "
                    + "updated_at) VALUES (?, ?, ?) ON CONFLICT (bot_id) DO UPDATE SET next_offset = "
                    + "excluded.next_offset, updated_at = excluded.updated_at")) {
                upsert.setLong(1, botId);
                upsert.setLong(2, nextOffset);
                upsert.setLong(3, clock.millis());
                upsert.executeUpdate();
            }
            try (PreparedStatement prune = c.prepareStatement(
                    "DELETE FROM telegram_updates WHERE bot_id = ? AND update_id < ? AND state = 'done'")) {
                prune.setLong(1, botId);
                prune.setLong(2, nextOffset);
                prune.executeUpdate();
            }
        }
    }

    /** Marks the update as taken up; false if it was taken up before (then it must not be handled again). */
    boolean claim(long updateId, Long chatId) {
        return db.write(c -> insertReceipt(c, new Receipt(updateId, chatId)));
    }

    /**
     * Marks a batch of received updates as taken up and saves {@code nextOffset} with them (so they may be
     * confirmed to Telegram once this is committed), without waiting for the commit. Returns the ids taken up now
     * (the others were taken up before) and the stage of the commit.
     */
    Database.Written<Set<Long>> receive(List<Receipt> receipts, long nextOffset) {
        return db.writeAsync(c -> {
            Set<Long> fresh = new HashSet<>();
            for (Receipt receipt : receipts) {
                if (insertReceipt(c, receipt)) {
                    fresh.add(receipt.updateId());
                }
            }
            saveOffset(c, nextOffset);
            return fresh;
        });
    }

    private boolean insertReceipt(Connection c, Receipt receipt) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO telegram_updates (bot_id, update_id, "
                + "chat_id, state, updated_at) VALUES (?, ?, ?, 'claimed', ?) ON CONFLICT DO NOTHING")) {
            insert.setLong(1, botId);
            insert.setLong(2, receipt.updateId());
            setNullableLong(insert, 3, receipt.chatId());
            insert.setLong(4, clock.millis());
            return insert.executeUpdate() == 1;
        }
    }

    /**
     * Runs the work with the commits of its writes deferred to its end (one commit for them all, shared with other
     * threads): see {@link Database#deferCommits}.
     */
    <T> T deferCommits(java.util.function.Supplier<T> work) {
        return db.deferCommits(work);
    }

    /**
     * In one transaction: queues the update's replies, applies its block/unblock change, and marks it done.
     * Returns the queued messages with their outbox ids.
     */
    List<QueuedMessage> complete(long updateId, List<OutgoingMessage> replies, BlockChange change) {
        return complete(updateId, replies, change, Set.of());
    }

    /**
     * The same, marking the rows of chats in {@code sendingAtOnce} as possibly out already (their requests go out
     * right after the commit, so no write is needed before them; after a crash they are sent again, marked).
     */
    List<QueuedMessage> complete(long updateId, List<OutgoingMessage> replies, BlockChange change,
                                 Set<Long> sendingAtOnce) {
        return db.write(c -> {
            applyBlockChange(c, change);
            List<QueuedMessage> queued = enqueue(c, replies, sendingAtOnce);
            try (PreparedStatement done = c.prepareStatement("UPDATE telegram_updates SET state = 'done', "
                    + "updated_at = ? WHERE bot_id = ? AND update_id = ?")) {
                done.setLong(1, clock.millis());
                done.setLong(2, botId);
                done.setLong(3, updateId);
                done.executeUpdate();
            }
            return queued;
        });
    }

    /**
     * Run once at start, before polling. Updates left 'claimed' by a stopped process are marked done and their chats
     * returned (they get a notice; the update is not handled again). Sealed rows are deleted and their chats
     * returned (their content was only in memory). Rows whose request may have been out: an edit is simply made
     * again; a new message is replaced in place by {@code lostNotice} (it may have arrived or not: sending it again
     * could duplicate it, dropping it could lose it silently, so the user is told instead).
     */
    Recovery recover(String lostNotice) {
        return db.write(c -> {
            List<Long> chats = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT chat_id FROM telegram_updates "
                    + "WHERE bot_id = ? AND state = 'claimed' AND chat_id IS NOT NULL GROUP BY chat_id "
                    + "ORDER BY MIN(update_id)")) {
                select.setLong(1, botId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        chats.add(rows.getLong(1));
                    }
                }
            }
            try (PreparedStatement done = c.prepareStatement(
                    "UPDATE telegram_updates SET state = 'done' WHERE bot_id = ? AND state = 'claimed'")) {
                done.setLong(1, botId);
                done.executeUpdate();
            }
            List<Long> sealedChats = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT DISTINCT chat_id FROM telegram_outbox "
                    + "WHERE bot_id = ? AND sealed = 1 ORDER BY chat_id")) {
                select.setLong(1, botId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        sealedChats.add(rows.getLong(1));
                    }
                }
            }
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM telegram_outbox WHERE bot_id = ? AND sealed = 1")) {
                delete.setLong(1, botId);
                delete.executeUpdate();
            }
            int lost = 0;
            for (QueuedMessage out : rows(c, "in_flight = 1")) {
                if (out.message().isEdit()) {
                    replace(c, out.id(), out.message()); // made again: the same edit twice changes nothing
                } else {
                    replaceWithNotice(c, out.id(), lostNotice);
                    lost++;
                }
            }
            return new Recovery(chats, sealedChats, lost);
        });
    }

    /**
     * Whether the chat has to wait before its update {@code updateId} is handled: an earlier update of the chat is
     * still being handled (its receipt 'claimed', maybe by another process), or replies to it are not delivered yet.
     */
    boolean chatBusyBefore(long chatId, long updateId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM telegram_updates WHERE bot_id = ? "
                    + "AND chat_id = ? AND update_id < ? AND state = 'claimed' UNION ALL SELECT 1 FROM "
                    + "telegram_outbox WHERE bot_id = ? AND chat_id = ?")) {
                select.setLong(1, botId);
                select.setLong(2, chatId);
                select.setLong(3, updateId);
                select.setLong(4, botId);
                select.setLong(5, chatId);
                select.setMaxRows(1);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /**
     * Forgets the receipts of updates finished before {@code before} (webhook mode has no offset to prune them by;
     * Telegram gives up redelivering an update within a day, so older receipts cannot be needed). Returns how many.
     */
    int forgetFinishedBefore(Instant before) {
        return db.write(c -> {
            try (PreparedStatement prune = c.prepareStatement("DELETE FROM telegram_updates WHERE bot_id = ? "
                    + "AND state = 'done' AND updated_at < ?")) {
                prune.setLong(1, botId);
                prune.setLong(2, before.toEpochMilli());
                return prune.executeUpdate();
            }
        });
    }

    /** Queues messages outside any update (e.g. restart notices). */
    List<QueuedMessage> enqueue(List<OutgoingMessage> messages) {
        return db.write(c -> enqueue(c, messages, Set.of()));
    }

    /** The outbox in delivery order (run at start, after {@link #recover}). */
    List<QueuedMessage> pending() {
        return db.read(c -> rows(c, "in_flight = 0 AND sealed = 0"));
    }

    private List<QueuedMessage> rows(Connection c, String condition) throws SQLException {
        List<QueuedMessage> queued = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, chat_id, edit_message_id, text, html, "
                + "keyboard, document_name, document_type, document, reply_to_message_id, fallback_chat_id, "
                + "fallback_reply_to, fallback_text FROM telegram_outbox WHERE bot_id = ? AND " + condition
                + " ORDER BY id")) {
            select.setLong(1, botId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Integer editId = nullableInt(rows, 3);
                    String fileName = rows.getString(7);
                    Attachment document = fileName == null ? null
                            : new Attachment(fileName, rows.getString(8), rows.getBytes(9));
                    Integer replyTo = nullableInt(rows, 10);
                    long fallbackChat = rows.getLong(11);
                    OutgoingMessage fallback = rows.wasNull() ? null : new OutgoingMessage(fallbackChat, null,
                            rows.getString(13), true, List.of(), null, nullableInt(rows, 12), null);
                    queued.add(new QueuedMessage(rows.getLong(1), new OutgoingMessage(rows.getLong(2), editId,
                            rows.getString(4), rows.getInt(5) == 1, keyboard(rows.getString(6)), document,
                            replyTo, fallback)));
                }
            }
        }
        return queued;
    }

    /** Marks rows as possibly having a request out, in one write. */
    void setInFlight(List<Long> outboxIds) {
        db.write(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE telegram_outbox SET in_flight = 1 WHERE id = ?")) {
                for (long id : outboxIds) {
                    update.setLong(1, id);
                    update.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Marks a row as having a request out (or not any more). */
    void setInFlight(long outboxId, boolean inFlight) {
        update("UPDATE telegram_outbox SET in_flight = ? WHERE id = ?", inFlight ? 1 : 0, outboxId);
    }

    /** A 429 answered the row's request: it was not delivered, and the chat waits until {@code until}. */
    void pause(long outboxId, Instant until) {
        update("UPDATE telegram_outbox SET in_flight = 0, not_before = ? WHERE id = ?", until.toEpochMilli(),
                outboxId);
    }

    /** Chats Telegram asked to wait for (429), with the time they may be written to again. */
    Map<Long, Instant> pausedChats() {
        return db.read(c -> {
            Map<Long, Instant> chatToUntil = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement("SELECT chat_id, MAX(not_before) FROM telegram_outbox "
                    + "WHERE bot_id = ? AND not_before IS NOT NULL GROUP BY chat_id")) {
                select.setLong(1, botId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        chatToUntil.put(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2)));
                    }
                }
            }
            return chatToUntil;
        });
    }

    /** Replaces a row's content (an edit turned into a new message, HTML turned into plain text, sent again). */
    void replace(long outboxId, OutgoingMessage message) {
        db.write(c -> {
            replace(c, outboxId, message);
            return null;
        });
    }

    private void replace(Connection c, long outboxId, OutgoingMessage message) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE telegram_outbox SET edit_message_id = ?, "
                + "text = CASE WHEN sealed = 1 THEN '' ELSE ? END, html = ?, in_flight = 0 WHERE id = ?")) {
            setNullableLong(update, 1, message.editMessageId() == null ? null : (long) message.editMessageId());
            update.setString(2, message.text());
            update.setInt(3, message.html() ? 1 : 0);
            update.setLong(4, outboxId);
            update.executeUpdate();
        }
    }

    /** Turns a row into a plain notice in its place: no buttons, file, reply or fallback, not marked out. */
    private void replaceWithNotice(Connection c, long outboxId, String notice) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE telegram_outbox SET edit_message_id = NULL, "
                + "text = ?, html = 0, keyboard = '[]', document_name = NULL, document_type = NULL, document = NULL, "
                + "reply_to_message_id = NULL, fallback_chat_id = NULL, fallback_reply_to = NULL, "
                + "fallback_text = NULL, in_flight = 0 WHERE id = ?")) {
            update.setString(1, notice);
            update.setLong(2, outboxId);
            update.executeUpdate();
        }
    }

    /** Removes a delivered (or given-up) row. */
    void delete(long outboxId) {
        update("DELETE FROM telegram_outbox WHERE id = ?", outboxId);
    }

    /**
     * Removes a delivered row without waiting for its commit: it rides along with the next commit made for other
     * work, or is committed on its own after {@link #DELETE_GRACE}. If the process dies first, the row is found
     * marked out at start and sent again, marked so (the one case where a delivered message is repeated).
     */
    CompletableFuture<Integer> deleteSoon(long outboxId) {
        return db.writeAsync(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM telegram_outbox WHERE id = ?")) {
                delete.setLong(1, outboxId);
                return delete.executeUpdate();
            }
        }, DELETE_GRACE).committed();
    }

    /** Marks the chat blocked and drops everything queued for it. */
    void block(long chatId) {
        block(chatId, List.of());
    }

    /**
     * In one transaction: marks the chat blocked, drops everything queued for it and queues {@code instead} (the
     * notes owed to groups for the dropped messages). Returns the queued notes.
     */
    List<QueuedMessage> block(long chatId, List<OutgoingMessage> instead) {
        return db.write(c -> {
            applyBlockChange(c, BlockChange.block(chatId));
            return enqueue(c, instead, Set.of());
        });
    }

    /** In one transaction: removes the rows and queues {@code instead}; returns the queued messages. */
    List<QueuedMessage> dropAndEnqueue(List<Long> outboxIds, List<OutgoingMessage> instead) {
        return db.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM telegram_outbox WHERE id = ?")) {
                for (long id : outboxIds) {
                    delete.setLong(1, id);
                    delete.executeUpdate();
                }
            }
            return enqueue(c, instead, Set.of());
        });
    }

    /** Chats that blocked the bot. */
    Set<Long> blockedChats() {
        return db.read(c -> {
            Set<Long> chats = new HashSet<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT chat_id FROM telegram_blocked_chats WHERE bot_id = ?")) {
                select.setLong(1, botId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        chats.add(rows.getLong(1));
                    }
                }
            }
            return chats;
        });
    }

    private void applyBlockChange(Connection c, BlockChange change) throws SQLException {
        if (change == null) {
            return;
        }
        if (change.blocked()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO telegram_blocked_chats (bot_id, chat_id, "
                    + "blocked_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setLong(1, botId);
                insert.setLong(2, change.chatId());
                insert.setLong(3, clock.millis());
                insert.executeUpdate();
            }
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM telegram_outbox WHERE bot_id = ? AND chat_id = ?")) {
                delete.setLong(1, botId);
                delete.setLong(2, change.chatId());
                delete.executeUpdate();
            }
        } else {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM telegram_blocked_chats WHERE bot_id = ? AND chat_id = ?")) {
                delete.setLong(1, botId);
                delete.setLong(2, change.chatId());
                delete.executeUpdate();
            }
        }
    }

    private List<QueuedMessage> enqueue(Connection c, List<OutgoingMessage> messages, Set<Long> sendingAtOnce)
            throws SQLException {
        List<QueuedMessage> queued = new ArrayList<>();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO telegram_outbox (bot_id, chat_id, "
                + "edit_message_id, text, html, keyboard, created_at, document_name, document_type, document, "
                + "reply_to_message_id, fallback_chat_id, fallback_reply_to, fallback_text, sealed, in_flight) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (OutgoingMessage message : messages) {
                if (message.fallback() != null && !message.fallback().html()) {
                    throw new IllegalArgumentException("a fallback note is HTML");
                }
                boolean sealed = message.confidential();
                boolean out = sendingAtOnce.contains(message.chatId());
                insert.setLong(1, botId);
                insert.setLong(2, message.chatId());
                setNullableLong(insert, 3, message.editMessageId() == null ? null : (long) message.editMessageId());
                insert.setString(4, sealed ? "" : message.text());
                insert.setInt(5, message.html() ? 1 : 0);
                insert.setString(6, sealed ? "[]" : json(message.keyboard()));
                insert.setLong(7, clock.millis());
                Attachment document = message.document();
                insert.setString(8, document == null ? null : document.fileName());
                insert.setString(9, document == null ? null : document.mediaType());
                insert.setBytes(10, document == null || sealed ? null : document.content());
                setNullableLong(insert, 11, message.replyTo() == null ? null : (long) message.replyTo());
                OutgoingMessage fallback = message.fallback();
                setNullableLong(insert, 12, fallback == null ? null : fallback.chatId());
                setNullableLong(insert, 13, fallback == null || fallback.replyTo() == null ? null
                        : (long) fallback.replyTo());
                insert.setString(14, fallback == null ? null : fallback.text());
                insert.setInt(15, sealed ? 1 : 0);
                insert.setInt(16, out ? 1 : 0);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    queued.add(new QueuedMessage(keys.getLong(1), message, null, out, false));
                }
            }
        }
        return queued;
    }

    private void update(String sql, long... values) {
        db.write(c -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setLong(i + 1, values[i]);
                }
                return statement.executeUpdate();
            }
        });
    }

    private String json(List<List<Button>> keyboard) {
        try {
            return json.writeValueAsString(keyboard);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a keyboard as JSON", e);
        }
    }

    private List<List<Button>> keyboard(String text) {
        try {
            return json.readValue(text, KEYBOARD);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable keyboard in the Telegram outbox: " + text, e);
        }
    }

    private static Integer nullableInt(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : (int) value;
    }

    private static void setNullableLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }
}
