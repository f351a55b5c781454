package com.jobfuture.coach.storage;

import com.jobfuture.coach.core.notify.PrivateAddress;
import com.jobfuture.coach.core.reminders.ReminderKind;
import com.jobfuture.coach.core.reminders.ReminderRecord;
import com.jobfuture.coach.core.reminders.ReminderRepository;
import com.jobfuture.coach.core.reminders.ReminderState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reminder claims ({@code reminders_sent}) and due users ({@code user_settings.reminder_next_at}) in the database. With
 * one process the database's single writer serialises claims; for several processes on PostgreSQL see
 * docs/reminders.md (the due query becomes {@code FOR UPDATE SKIP LOCKED}).
 */
public final class JdbcReminderRepository implements ReminderRepository {
    private static final String COLUMNS = "user_id, local_date, kind, state, platform, chat, slot_at, claimed_at, "
            + "attempts, next_attempt_at";
    private final Database db;

    public JdbcReminderRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Due> due(Instant now, Set<String> platforms, int limit) {
        if (platforms.isEmpty() || limit <= 0) {
            return List.of();
        }
        String in = platforms.stream().map(p -> "?").collect(Collectors.joining(", "));
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT user_id, reminder_next_at FROM user_settings "
                    + "WHERE reminder_next_at IS NOT NULL AND reminder_next_at <= ? AND reminder_platform IN (" + in
                    + ") ORDER BY reminder_next_at, user_id LIMIT ?")) {
                int index = 1;
                select.setLong(index++, now.toEpochMilli());
                for (String platform : platforms.stream().sorted().toList()) {
                    select.setString(index++, platform);
                }
                select.setInt(index, limit);
                List<Due> due = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        due.add(new Due(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2))));
                    }
                }
                return due;
            }
        });
    }

    @Override
    public boolean advance(long userId, Instant expected, Instant next) {
        return db.write(c -> {
            // PostgreSQL: a row another process holds (it is claiming this reminder, or the user's settings change
            // there) is skipped, not waited for: waiting inside a transaction shared by several writes can deadlock
            // with the other process; a skipped reminder is still due and is looked at again at the next check
            try (PreparedStatement update = c.prepareStatement("UPDATE user_settings SET reminder_next_at = ? "
                    + "WHERE user_id = (SELECT user_id FROM user_settings WHERE user_id = ? AND reminder_next_at = ?"
                    + db.dialect().lockSkippingLocked() + ")")) {
                update.setLong(1, next.toEpochMilli());
                update.setLong(2, userId);
                update.setLong(3, expected.toEpochMilli());
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean claim(ReminderRecord record) {
        return db.write(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO reminders_sent (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setLong(1, record.userId());
                insert.setString(2, record.localDate().toString());
                insert.setString(3, record.kind().name());
                insert.setString(4, record.state().name());
                insert.setString(5, record.to().platform());
                insert.setString(6, record.to().externalId());
                insert.setLong(7, record.slotAt().toEpochMilli());
                insert.setLong(8, record.claimedAt().toEpochMilli());
                insert.setInt(9, record.attempts());
                setInstant(insert, 10, record.nextAttemptAt());
                return insert.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean update(ReminderRecord record, ReminderState expected) {
        return db.write(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE reminders_sent SET kind = ?, state = ?, "
                    + "platform = ?, chat = ?, attempts = ?, next_attempt_at = ? "
                    + "WHERE user_id = ? AND local_date = ? AND state = ?")) {
                update.setString(1, record.kind().name());
                update.setString(2, record.state().name());
                update.setString(3, record.to().platform());
                update.setString(4, record.to().externalId());
                update.setInt(5, record.attempts());
                setInstant(update, 6, record.nextAttemptAt());
                update.setLong(7, record.userId());
                update.setString(8, record.localDate().toString());
                update.setString(9, expected.name());
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<ReminderRecord> inState(ReminderState state) {
        return select("WHERE state = ? ORDER BY claimed_at, user_id", state.name());
    }

    @Override
    public List<ReminderRecord> retriesDue(Instant now, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return select("WHERE state = 'RETRY' AND next_attempt_at <= ? ORDER BY next_attempt_at, user_id LIMIT ?",
                now.toEpochMilli(), limit);
    }

    @Override
    public List<ReminderRecord> history(long userId) {
        return select("WHERE user_id = ? ORDER BY local_date", userId);
    }

    @Override
    public void moveHistory(long from, long into) {
        db.write(c -> {
            // Days both were reminded keep the kept user's row; the other's goes with the rest.
            try (PreparedStatement move = c.prepareStatement("UPDATE reminders_sent SET user_id = ? "
                    + "WHERE user_id = ? AND local_date NOT IN (SELECT local_date FROM reminders_sent "
                    + "WHERE user_id = ?)");
                 PreparedStatement rest = c.prepareStatement("DELETE FROM reminders_sent WHERE user_id = ?")) {
                move.setLong(1, into);
                move.setLong(2, from);
                move.setLong(3, into);
                move.executeUpdate();
                rest.setLong(1, from);
                return rest.executeUpdate();
            }
        });
    }

    private List<ReminderRecord> select(String where, Object... parameters) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM reminders_sent "
                    + where)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                List<ReminderRecord> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(record(rows));
                    }
                }
                return found;
            }
        });
    }

    private static ReminderRecord record(ResultSet rows) throws SQLException {
        long next = rows.getLong(10);
        Optional<Instant> nextAttempt = rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(next));
        return new ReminderRecord(rows.getLong(1), LocalDate.parse(rows.getString(2)),
                ReminderKind.valueOf(rows.getString(3)), ReminderState.valueOf(rows.getString(4)),
                new PrivateAddress(rows.getString(5), rows.getString(6)), Instant.ofEpochMilli(rows.getLong(7)),
                Instant.ofEpochMilli(rows.getLong(8)), rows.getInt(9), nextAttempt);
    }

    private static void setInstant(PreparedStatement statement, int index, Optional<Instant> value)
            throws SQLException {
        if (value.isPresent()) {
            statement.setLong(index, value.get().toEpochMilli());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }
}
