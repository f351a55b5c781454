package com.jobfuture.coach.storage.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobfuture.coach.core.chat.Attachment;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.SecretRef;
import com.jobfuture.coach.platform.telegram.BlockChange;
import com.jobfuture.coach.platform.telegram.OutgoingMessage;
import com.jobfuture.coach.platform.telegram.QueuedMessage;
import com.jobfuture.coach.platform.telegram.TelegramOutbox;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.SqlDialect;
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
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The Telegram adapter's durable state in SQLite or PostgreSQL (V2, V13, V17, V18): see {@link TelegramOutbox}.
 * Rows and receipts carry their owner, this process's random id; a process is alive while its row in
 * {@code processes} has beaten within the grace window. Thread-safe.
 */
public final class JdbcTelegramOutbox implements TelegramOutbox {
    private static final TypeReference<List<List<Button>>> KEYBOARD = new TypeReference<>() {
    };
    /**
     * How long a delivered row's removal waits to share a commit with other work (see {@link #deleteSoon}). Short,
     * because until it is committed a crash turns the delivered reply into a false "may have been lost" notice
     * (it was 250 ms; under load the removal still rides along with the commits of other users' actions).
     */
    static final Duration DELETE_GRACE = Duration.ofMillis(5);
    /** Processes that have not beaten for this long and own nothing are forgotten. */
    private static final Duration FORGET_PROCESSES_AFTER = Duration.ofDays(1);
    private final Database db;
    private final long botId;
    private final Clock clock;
    private final String processId;
    private final ObjectMapper json = new ObjectMapper();

    /** The outbox of bot {@code botId} for a new process with a random id. */
    public JdbcTelegramOutbox(Database db, long botId, Clock clock) {
        this(db, botId, clock, UUID.randomUUID().toString());
    }

    /** The same for the process {@code processId} (tests name their processes). */
    public JdbcTelegramOutbox(Database db, long botId, Clock clock, String processId) {
        if (processId.isEmpty()) {
            throw new IllegalArgumentException("a process id is not empty (the empty owner marks rows of no process)");
        }
        this.db = db;
        this.botId = botId;
        this.clock = clock;
        this.processId = processId;
    }

    @Override
    public String processId() {
        return processId;
    }

    @Override
    public void beat() {
        db.write(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO processes (id, started_at, heartbeat_at) "
                    + "VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at")) {
                upsert.setString(1, processId);
                upsert.setLong(2, clock.millis());
                upsert.setLong(3, clock.millis());
                upsert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void retire() {
        db.write(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE processes SET heartbeat_at = 0 WHERE id = ?")) {
                update.setString(1, processId);
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public OptionalLong offset(Duration maxAge) {
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

    @Override
    public void saveOffset(long nextOffset) {
        db.write(c -> {
            saveOffset(c, nextOffset);
            return null;
        });
    }

    private void saveOffset(Connection c, long nextOffset) throws SQLException {
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

    @Override
    public boolean claim(long updateId, Long chatId) {
        return db.write(c -> insertReceipt(c, new Receipt(updateId, chatId)));
    }

    @Override
    public Staged<Set<Long>> receive(List<Receipt> receipts, long nextOffset) {
        Database.Written<Set<Long>> written = db.writeAsync(c -> {
            Set<Long> fresh = new HashSet<>();
            for (Receipt receipt : receipts) {
                if (insertReceipt(c, receipt)) {
                    fresh.add(receipt.updateId());
                }
            }
            saveOffset(c, nextOffset);
            return fresh;
        });
        return new Staged<>(written.result(), written.committed());
    }

    private boolean insertReceipt(Connection c, Receipt receipt) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO telegram_updates (bot_id, update_id, "
                + "chat_id, state, updated_at, owner) VALUES (?, ?, ?, 'claimed', ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setLong(1, botId);
            insert.setLong(2, receipt.updateId());
            setNullableLong(insert, 3, receipt.chatId());
            insert.setLong(4, clock.millis());
            insert.setString(5, processId);
            return insert.executeUpdate() == 1;
        }
    }

    @Override
    public <T> T deferCommits(Supplier<T> work) {
        return db.deferCommits(work);
    }

    @Override
    public List<QueuedMessage> complete(long updateId, List<OutgoingMessage> replies, BlockChange change,
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
     * Each row of a dead owner is taken with {@code UPDATE … WHERE id = ? AND owner = <the dead one>}: on
     * PostgreSQL a second process's update of the same row waits for the first one's commit, then finds the owner
     * changed and takes nothing; SQLite has one writer. On SQLite (one process per database file) every other owner
     * is an earlier run of this process, so its rows are taken at once, without waiting out the grace.
     */
    @Override
    public Recovery takeOver(String lostNotice, Duration grace) {
        long cutoff = db.dialect() == SqlDialect.SQLITE ? Long.MAX_VALUE : clock.millis() - grace.toMillis();
        return db.write(c -> {
            forgetOldProcesses(c);
            List<Long> chats = new ArrayList<>();
            String deadOwner = " AND owner <> ? AND NOT EXISTS (SELECT 1 FROM processes p WHERE p.id = owner "
                    + "AND p.heartbeat_at >= ?)";
            List<long[]> receipts = new ArrayList<>();
            List<String> receiptOwners = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT update_id, chat_id, owner FROM "
                    + "telegram_updates WHERE bot_id = ? AND state = 'claimed'" + deadOwner + " ORDER BY update_id")) {
                select.setLong(1, botId);
                select.setString(2, processId);
                select.setLong(3, cutoff);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long chat = rows.getLong(2);
                        receipts.add(new long[] {rows.getLong(1), rows.wasNull() ? Long.MIN_VALUE : chat});
                        receiptOwners.add(rows.getString(3));
                    }
                }
            }
            try (PreparedStatement take = c.prepareStatement("UPDATE telegram_updates SET state = 'done', owner = ?, "
                    + "updated_at = ? WHERE bot_id = ? AND update_id = ? AND owner = ? AND state = 'claimed'")) {
                for (int i = 0; i < receipts.size(); i++) {
                    take.setString(1, processId);
                    take.setLong(2, clock.millis());
                    take.setLong(3, botId);
                    take.setLong(4, receipts.get(i)[0]);
                    take.setString(5, receiptOwners.get(i));
                    long chat = receipts.get(i)[1];
                    if (take.executeUpdate() == 1 && chat != Long.MIN_VALUE && !chats.contains(chat)) {
                        chats.add(chat);
                    }
                }
            }
            List<Long> sealedChats = new ArrayList<>();
            List<Reissue> reissues = new ArrayList<>();
            List<Long> taken = new ArrayList<>();
            int lost = 0;
            List<Object[]> candidates = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT id, owner, chat_id, sealed, in_flight, "
                    + "edit_message_id, secret_kind, secret_id FROM telegram_outbox WHERE bot_id = ?" + deadOwner
                    + " ORDER BY id")) {
                select.setLong(1, botId);
                select.setString(2, processId);
                select.setLong(3, cutoff);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        rows.getLong(6);
                        boolean edit = !rows.wasNull();
                        String kind = rows.getString(7);
                        candidates.add(new Object[] {rows.getLong(1), rows.getString(2), rows.getLong(3),
                                rows.getInt(4) == 1, rows.getInt(5) == 1, edit,
                                kind == null ? null : new SecretRef(kind, rows.getString(8))});
                    }
                }
            }
            try (PreparedStatement take = c.prepareStatement(
                    "UPDATE telegram_outbox SET owner = ? WHERE id = ? AND owner = ?")) {
                for (Object[] row : candidates) {
                    long id = (Long) row[0];
                    take.setString(1, processId);
                    take.setLong(2, id);
                    take.setString(3, (String) row[1]);
                    if (take.executeUpdate() != 1) {
                        continue; // another process took it first
                    }
                    long chat = (Long) row[2];
                    if ((Boolean) row[3]) {
                        Reissue reissue = row[6] == null ? null : new Reissue(chat, (SecretRef) row[6]);
                        if (reissue == null && !sealedChats.contains(chat)) {
                            sealedChats.add(chat);
                        } else if (reissue != null && !reissues.contains(reissue)) {
                            reissues.add(reissue); // a text and its file name one secret: rendered again once
                        }
                        deleteRow(c, id);
                    } else {
                        if ((Boolean) row[4]) {
                            if ((Boolean) row[5]) {
                                setInFlight(c, id, false); // made again: the same edit twice changes nothing
                            } else {
                                replaceWithNotice(c, id, lostNotice);
                                lost++;
                            }
                        }
                        taken.add(id);
                    }
                }
            }
            List<QueuedMessage> queued = taken.isEmpty() ? List.of() : rows(c, "owner = '" + processId.replace("'",
                    "''") + "' AND id IN (" + String.join(",", taken.stream().map(String::valueOf).toList()) + ")");
            return new Recovery(chats, sealedChats, reissues, lost, queued);
        });
    }

    /** Forgets processes that stopped beating long ago and own no row. */
    private void forgetOldProcesses(Connection c) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM processes WHERE heartbeat_at < ? AND id <> ? "
                + "AND NOT EXISTS (SELECT 1 FROM telegram_outbox o WHERE o.owner = processes.id) "
                + "AND NOT EXISTS (SELECT 1 FROM telegram_updates u WHERE u.owner = processes.id "
                + "AND u.state = 'claimed')")) {
            delete.setLong(1, clock.millis() - FORGET_PROCESSES_AFTER.toMillis());
            delete.setString(2, processId);
            delete.executeUpdate();
        }
    }

    /**
     * Whether the chat has to wait before its update {@code updateId} is handled: an earlier update of the chat is
     * still being handled (its receipt 'claimed', maybe by another process), or replies to it are not delivered yet.
     */
    @Override
    public boolean chatBusyBefore(long chatId, long updateId) {
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
    @Override
    public int forgetFinishedBefore(Instant before) {
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
    @Override
    public List<QueuedMessage> enqueue(List<OutgoingMessage> messages) {
        return db.write(c -> enqueue(c, messages, Set.of()));
    }

    /** The outbox in delivery order (run at start, after {@link #recover}). */
    @Override
    public List<QueuedMessage> pending() {
        return db.read(c -> rows(c, "in_flight = 0 AND sealed = 0 AND owner = '" + processId.replace("'", "''") + "'"));
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
                    queued.add(QueuedMessage.saved(rows.getLong(1), new OutgoingMessage(rows.getLong(2), editId,
                            rows.getString(4), rows.getInt(5) == 1, keyboard(rows.getString(6)), document,
                            replyTo, fallback), false));
                }
            }
        }
        return queued;
    }

    /** Marks rows as possibly having a request out, in one write. */
    @Override
    public Set<Long> setInFlight(List<Long> outboxIds) {
        return db.write(c -> {
            Set<Long> stillOurs = new HashSet<>();
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE telegram_outbox SET in_flight = 1 WHERE id = ? AND owner = ?")) {
                for (long id : outboxIds) {
                    update.setLong(1, id);
                    update.setString(2, processId);
                    if (update.executeUpdate() == 1) {
                        stillOurs.add(id);
                    }
                }
            }
            return stillOurs;
        });
    }

    private static void setInFlight(Connection c, long outboxId, boolean inFlight) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE telegram_outbox SET in_flight = ? WHERE id = ?")) {
            update.setInt(1, inFlight ? 1 : 0);
            update.setLong(2, outboxId);
            update.executeUpdate();
        }
    }

    private static void deleteRow(Connection c, long outboxId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM telegram_outbox WHERE id = ?")) {
            delete.setLong(1, outboxId);
            delete.executeUpdate();
        }
    }

    /** A 429 answered the row's request: it was not delivered, and the chat waits until {@code until}. */
    @Override
    public void pause(long outboxId, Instant until) {
        update("UPDATE telegram_outbox SET in_flight = 0, not_before = ? WHERE id = ?", until.toEpochMilli(),
                outboxId);
    }

    /** Chats Telegram asked to wait for (429), with the time they may be written to again. */
    @Override
    public Map<Long, Instant> pausedChats() {
        return db.read(c -> {
            Map<Long, Instant> chatToUntil = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement("SELECT chat_id, MAX(not_before) FROM telegram_outbox "
                    + "WHERE bot_id = ? AND owner = ? AND not_before IS NOT NULL GROUP BY chat_id")) {
                select.setLong(1, botId);
                select.setString(2, processId);
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
    @Override
    public void replace(long outboxId, OutgoingMessage message) {
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
    @Override
    public void delete(long outboxId) {
        update("DELETE FROM telegram_outbox WHERE id = ?", outboxId);
    }

    /**
     * Removes a delivered row without waiting for its commit: it rides along with the next commit made for other
     * work, or is committed on its own after {@link #DELETE_GRACE}. If the process dies first, the row is found
     * marked out at the restart and replaced by a "may have been lost" notice, which is then false.
     */
    @Override
    public CompletableFuture<Integer> deleteSoon(long outboxId) {
        return db.writeAsync(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM telegram_outbox WHERE id = ?")) {
                delete.setLong(1, outboxId);
                return delete.executeUpdate();
            }
        }, DELETE_GRACE).committed();
    }

    /**
     * In one transaction: marks the chat blocked, drops everything queued for it and queues {@code instead} (the
     * notes owed to groups for the dropped messages). Returns the queued notes.
     */
    @Override
    public List<QueuedMessage> block(long chatId, List<OutgoingMessage> instead) {
        return db.write(c -> {
            applyBlockChange(c, BlockChange.block(chatId));
            return enqueue(c, instead, Set.of());
        });
    }

    /** In one transaction: removes the rows and queues {@code instead}; returns the queued messages. */
    @Override
    public List<QueuedMessage> dropAndEnqueue(List<Long> outboxIds, List<OutgoingMessage> instead) {
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
    @Override
    public Set<Long> blockedChats() {
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
                + "reply_to_message_id, fallback_chat_id, fallback_reply_to, fallback_text, sealed, in_flight, "
                + "owner, secret_kind, secret_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
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
                insert.setString(17, processId);
                SecretRef secret = sealed ? message.secret() : null;
                insert.setString(18, secret == null ? null : secret.kind());
                insert.setString(19, secret == null ? null : secret.id());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    queued.add(QueuedMessage.saved(keys.getLong(1), message, out));
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
