package com.jobfuture.coach.storage;

import com.jobfuture.coach.core.quiz.QuizPhase;
import com.jobfuture.coach.core.quiz.QuizSession;
import com.jobfuture.coach.core.quiz.QuizSessionRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Active quiz sessions in SQLite, one row per user. */
public final class SqliteQuizSessionRepository implements QuizSessionRepository {
    private final Database db;

    public SqliteQuizSessionRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<QuizSession> find(long userId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT scope_key, question_id, phase, seq, answered, "
                    + "correct, typed_answer, skipped_ids, started_at, updated_at FROM quiz_sessions WHERE user_id = ?")) {
                select.setLong(1, userId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    String skipped = rows.getString(8);
                    List<String> skippedIds = skipped.isEmpty() ? List.of() : Arrays.asList(skipped.split(","));
                    return Optional.of(new QuizSession(userId, rows.getString(1), rows.getString(2),
                            QuizPhase.valueOf(rows.getString(3)), rows.getInt(4), rows.getInt(5), rows.getInt(6),
                            rows.getString(7), skippedIds, Instant.ofEpochMilli(rows.getLong(9)),
                            Instant.ofEpochMilli(rows.getLong(10))));
                }
            }
        });
    }

    @Override
    public void save(QuizSession session) {
        db.write(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO quiz_sessions (user_id, scope_key, "
                    + "question_id, phase, seq, answered, correct, typed_answer, skipped_ids, started_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
                    + "scope_key = excluded.scope_key, question_id = excluded.question_id, phase = excluded.phase, "
                    + "seq = excluded.seq, answered = excluded.answered, correct = excluded.correct, "
                    + "typed_answer = excluded.typed_answer, skipped_ids = excluded.skipped_ids, "
                    + "started_at = excluded.started_at, updated_at = excluded.updated_at")) {
                upsert.setLong(1, session.userId());
                upsert.setString(2, session.scopeKey());
                upsert.setString(3, session.questionId());
                upsert.setString(4, session.phase().name());
                upsert.setInt(5, session.seq());
                upsert.setInt(6, session.answered());
                upsert.setInt(7, session.correct());
                upsert.setString(8, session.typedAnswer());
                upsert.setString(9, String.join(",", session.skippedIds()));
                upsert.setLong(10, session.startedAt().toEpochMilli());
                upsert.setLong(11, session.updatedAt().toEpochMilli());
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public void delete(long userId) {
        db.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM quiz_sessions WHERE user_id = ?")) {
                delete.setLong(1, userId);
                return delete.executeUpdate();
            }
        });
    }
}
