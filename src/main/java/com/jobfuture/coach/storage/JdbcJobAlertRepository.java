package com.jobfuture.coach.storage;

import com.jobfuture.coach.core.jobs.alerts.AlertDayState;
import com.jobfuture.coach.core.jobs.alerts.JobAlert;
import com.jobfuture.coach.core.jobs.alerts.JobAlertRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Job alerts, their days and the roles users have seen, in the database (migration V16). */
public final class JdbcJobAlertRepository implements JobAlertRepository {
    private static final String COLUMNS = "user_id, filters, platform, external_id, active, since, updated_at";
    private final Database db;

    public JdbcJobAlertRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<JobAlert> find(long userId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM job_alerts WHERE user_id = ?")) {
                select.setLong(1, userId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(alert(rows)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void save(JobAlert alert) {
        db.write(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO job_alerts (" + COLUMNS + ") "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET filters = excluded.filters, "
                    + "platform = excluded.platform, external_id = excluded.external_id, active = excluded.active, "
                    + "since = excluded.since, updated_at = excluded.updated_at")) {
                upsert.setLong(1, alert.userId());
                upsert.setString(2, alert.filters());
                upsert.setString(3, alert.platform());
                upsert.setString(4, alert.externalId());
                upsert.setInt(5, alert.active() ? 1 : 0);
                upsert.setLong(6, alert.since().toEpochMilli());
                upsert.setLong(7, alert.updatedAt().toEpochMilli());
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public List<JobAlert> active() {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM job_alerts WHERE active = 1 ORDER BY user_id");
                 ResultSet rows = select.executeQuery()) {
                List<JobAlert> alerts = new ArrayList<>();
                while (rows.next()) {
                    alerts.add(alert(rows));
                }
                return alerts;
            }
        });
    }

    @Override
    public boolean claimDay(long userId, LocalDate day, AlertDayState state, int roles, Instant at) {
        boolean postgres = db.dialect() == SqlDialect.POSTGRESQL;
        return db.write(c -> {
            // PostgreSQL: an insert of a key another process inserted but has not committed waits for it, and such a
            // wait inside a transaction shared by several writes can deadlock with that process. So the day is
            // first locked for this transaction (an advisory lock on its key); if another process holds it, it is
            // claiming that day, and this claim gives way at once (a claim it then fails is retried by a later check)
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO job_alert_days (user_id, local_date, "
                    + "state, roles, claimed_at) " + (postgres ? "SELECT ?, ?, ?, ?, ? WHERE "
                    + "pg_try_advisory_xact_lock(hashtextextended(?, 0))" : "VALUES (?, ?, ?, ?, ?)")
                    + " ON CONFLICT DO NOTHING")) {
                insert.setLong(1, userId);
                insert.setString(2, day.toString());
                insert.setString(3, state.name());
                insert.setInt(4, roles);
                insert.setLong(5, at.toEpochMilli());
                if (postgres) {
                    insert.setString(6, "job_alert_days " + userId + " " + day);
                }
                return insert.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean claimed(long userId, LocalDate day) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT 1 FROM job_alert_days WHERE user_id = ? AND local_date = ?")) {
                select.setLong(1, userId);
                select.setString(2, day.toString());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    @Override
    public void updateDay(long userId, LocalDate day, AlertDayState state) {
        db.write(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE job_alert_days SET state = ? WHERE user_id = ? AND local_date = ?")) {
                update.setString(1, state.name());
                update.setLong(2, userId);
                update.setString(3, day.toString());
                return update.executeUpdate();
            }
        });
    }

    @Override
    public Map<Long, List<LocalDate>> daysIn(AlertDayState state) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT user_id, local_date FROM job_alert_days WHERE state = ? ORDER BY user_id, local_date")) {
                select.setString(1, state.name());
                try (ResultSet rows = select.executeQuery()) {
                    Map<Long, List<LocalDate>> days = new LinkedHashMap<>();
                    while (rows.next()) {
                        days.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                                .add(LocalDate.parse(rows.getString(2)));
                    }
                    return days;
                }
            }
        });
    }

    @Override
    public Set<String> seen(long userId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT job_key FROM job_alert_seen WHERE user_id = ?")) {
                select.setLong(1, userId);
                try (ResultSet rows = select.executeQuery()) {
                    Set<String> keys = new HashSet<>();
                    while (rows.next()) {
                        keys.add(rows.getString(1));
                    }
                    return keys;
                }
            }
        });
    }

    @Override
    public void markSeen(long userId, Collection<String> keys, Instant at) {
        db.write(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO job_alert_seen (user_id, job_key, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (String key : keys) {
                    insert.setLong(1, userId);
                    insert.setString(2, key);
                    insert.setLong(3, at.toEpochMilli());
                    insert.addBatch();
                }
                return insert.executeBatch().length;
            }
        });
    }

    @Override
    public void unmarkSeen(long userId, Collection<String> keys) {
        db.write(c -> {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM job_alert_seen WHERE user_id = ? AND job_key = ?")) {
                for (String key : keys) {
                    delete.setLong(1, userId);
                    delete.setString(2, key);
                    delete.addBatch();
                }
                return delete.executeBatch().length;
            }
        });
    }

    @Override
    public Map<LocalDate, AlertDayState> days(long userId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT local_date, state FROM job_alert_days "
                    + "WHERE user_id = ? ORDER BY local_date DESC")) {
                select.setLong(1, userId);
                try (ResultSet rows = select.executeQuery()) {
                    Map<LocalDate, AlertDayState> days = new LinkedHashMap<>();
                    while (rows.next()) {
                        days.put(LocalDate.parse(rows.getString(1)), AlertDayState.valueOf(rows.getString(2)));
                    }
                    return days;
                }
            }
        });
    }

    @Override
    public void mergeInto(long from, long into) {
        db.write(c -> {
            update(c, "UPDATE job_alerts SET user_id = ? WHERE user_id = ? "
                    + "AND NOT EXISTS (SELECT 1 FROM job_alerts WHERE user_id = ?)", into, from, into);
            update(c, "DELETE FROM job_alerts WHERE user_id = ?", from);
            update(c, "INSERT INTO job_alert_days (user_id, local_date, state, roles, claimed_at) "
                    + "SELECT ?, local_date, state, roles, claimed_at FROM job_alert_days WHERE user_id = ? "
                    + "ON CONFLICT DO NOTHING", into, from);
            update(c, "DELETE FROM job_alert_days WHERE user_id = ?", from);
            update(c, "INSERT INTO job_alert_seen (user_id, job_key, seen_at) "
                    + "SELECT ?, job_key, seen_at FROM job_alert_seen WHERE user_id = ? ON CONFLICT DO NOTHING",
                    into, from);
            update(c, "DELETE FROM job_alert_seen WHERE user_id = ?", from);
            return null;
        });
    }

    private static void update(Connection c, String sql, long... ids) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.length; i++) {
                statement.setLong(i + 1, ids[i]);
            }
            statement.executeUpdate();
        }
    }

    private static JobAlert alert(ResultSet rows) throws SQLException {
        return new JobAlert(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getInt(5) == 1, Instant.ofEpochMilli(rows.getLong(6)), Instant.ofEpochMilli(rows.getLong(7)));
    }
}
