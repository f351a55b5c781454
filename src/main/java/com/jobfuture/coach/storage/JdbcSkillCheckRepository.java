package com.jobfuture.coach.storage;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.skillcheck.CheckRecord;
import com.jobfuture.coach.core.skillcheck.LevelProbabilities;
import com.jobfuture.coach.core.skillcheck.RunningCheck;
import com.jobfuture.coach.core.skillcheck.SkillCheckRepository;
import com.jobfuture.coach.core.skillcheck.StopReason;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Running and finished skill checks in the database (V11): the engine's state and items as JSON columns. */
public final class JdbcSkillCheckRepository implements SkillCheckRepository {
    private static final String RESULT_COLUMNS = "id, user_id, family, level, p_junior, p_middle, p_senior, theta, "
            + "theta_sd, item_count, correct_count, weak_topics, bank_version, stop_reason, items, started_at, "
            + "completed_at";
    private final Database db;

    public JdbcSkillCheckRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<RunningCheck> running(long userId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT state, answered_at, updated_at FROM skill_check_runs WHERE user_id = ?")) {
                select.setLong(1, userId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new RunningCheck(userId, SkillCheckJson.state(rows.getString(1)),
                            SkillCheckJson.times(rows.getString(2)), Instant.ofEpochMilli(rows.getLong(3))));
                }
            }
        });
    }

    @Override
    public void saveRunning(RunningCheck check) {
        db.write(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO skill_check_runs (user_id, family, "
                    + "state, answered_at, started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) "
                    + "DO UPDATE SET family = excluded.family, state = excluded.state, "
                    + "answered_at = excluded.answered_at, started_at = excluded.started_at, "
                    + "updated_at = excluded.updated_at")) {
                upsert.setLong(1, check.userId());
                upsert.setString(2, check.state().family());
                upsert.setString(3, SkillCheckJson.state(check.state()));
                upsert.setString(4, SkillCheckJson.times(check.answeredAt()));
                upsert.setLong(5, check.state().startedAt().toEpochMilli());
                upsert.setLong(6, check.updatedAt().toEpochMilli());
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public void deleteRunning(long userId) {
        db.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM skill_check_runs WHERE user_id = ?")) {
                delete.setLong(1, userId);
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public CheckRecord saveResult(CheckRecord r) {
        long id = db.write(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO skill_check_results (user_id, family, "
                    + "level, p_junior, p_middle, p_senior, theta, theta_sd, item_count, correct_count, weak_topics, "
                    + "bank_version, stop_reason, items, started_at, completed_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, r.userId());
                insert.setString(2, r.family().id());
                insert.setString(3, r.level().id());
                insert.setDouble(4, r.probabilities().junior());
                insert.setDouble(5, r.probabilities().middle());
                insert.setDouble(6, r.probabilities().senior());
                insert.setDouble(7, r.theta());
                insert.setDouble(8, r.sd());
                insert.setInt(9, r.itemCount());
                insert.setInt(10, r.correctCount());
                insert.setString(11, SkillCheckJson.topics(r.weakTopics()));
                insert.setString(12, r.bankVersion());
                insert.setString(13, r.stopReason().name());
                insert.setString(14, SkillCheckJson.items(r.items()));
                insert.setLong(15, r.startedAt().toEpochMilli());
                insert.setLong(16, r.completedAt().toEpochMilli());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return r.withId(id);
    }

    @Override
    public List<CheckRecord> results(long userId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + RESULT_COLUMNS + " FROM "
                    + "skill_check_results WHERE user_id = ? ORDER BY completed_at DESC, id DESC")) {
                select.setLong(1, userId);
                List<CheckRecord> results = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        results.add(result(rows));
                    }
                }
                return results;
            }
        });
    }

    @Override
    public void moveResults(long from, long into) {
        db.write(c -> {
            try (PreparedStatement move = c.prepareStatement(
                    "UPDATE skill_check_results SET user_id = ? WHERE user_id = ?")) {
                move.setLong(1, into);
                move.setLong(2, from);
                return move.executeUpdate();
            }
        });
    }

    private static CheckRecord result(ResultSet rows) throws SQLException {
        String familyId = rows.getString(3);
        return new CheckRecord(rows.getLong(1), rows.getLong(2),
                Family.parse(familyId).orElseThrow(() -> new StorageException("unknown area " + familyId, null)),
                Level.parse(rows.getString(4)).orElseThrow(),
                new LevelProbabilities(rows.getDouble(5), rows.getDouble(6), rows.getDouble(7)), rows.getDouble(8),
                rows.getDouble(9), rows.getInt(10), rows.getInt(11), SkillCheckJson.topics(rows.getString(12)),
                rows.getString(13), StopReason.valueOf(rows.getString(14)), Instant.ofEpochMilli(rows.getLong(16)),
                Instant.ofEpochMilli(rows.getLong(17)), SkillCheckJson.items(rows.getString(15)));
    }
}
