package com.jobfuture.coach.storage;

import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.deck.OptionOrder;
import com.jobfuture.coach.core.quiz.QuizPhase;
import com.jobfuture.coach.core.quiz.QuizSession;
import com.jobfuture.coach.core.quiz.QuizSessionRepository;
import com.jobfuture.coach.core.quiz.SessionPlan;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Active quiz sessions in the database, one row per user. */
public final class JdbcQuizSessionRepository implements QuizSessionRepository {
    private static final String COLUMNS = "scope_key, level, question_id, phase, seq, answered, correct, "
            + "typed_answer, option_order, skipped_ids, answered_ids, come_backs, started_at, updated_at";
    private static final Pattern COME_BACK = Pattern.compile("(.+)@(\\d{1,9})");
    private final Database db;

    public JdbcQuizSessionRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<QuizSession> find(long userId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM quiz_sessions WHERE user_id = ?")) {
                select.setLong(1, userId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    String order = rows.getString(9);
                    Optional<OptionOrder> optionOrder = order == null ? Optional.empty()
                            : OptionOrder.parse(order, order.split(",").length);
                    SessionPlan plan = new SessionPlan(ids(rows.getString(10)), ids(rows.getString(11)),
                            comeBacks(rows.getString(12)));
                    return Optional.of(new QuizSession(userId, rows.getString(1), Level.parse(rows.getString(2)),
                            rows.getString(3), QuizPhase.valueOf(rows.getString(4)), rows.getInt(5), rows.getInt(6),
                            rows.getInt(7), rows.getString(8), optionOrder, plan,
                            Instant.ofEpochMilli(rows.getLong(13)), Instant.ofEpochMilli(rows.getLong(14))));
                }
            }
        });
    }

    @Override
    public void save(QuizSession session) {
        db.write(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO quiz_sessions (user_id, " + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
                    + "scope_key = excluded.scope_key, level = excluded.level, question_id = excluded.question_id, "
                    + "phase = excluded.phase, seq = excluded.seq, answered = excluded.answered, "
                    + "correct = excluded.correct, typed_answer = excluded.typed_answer, "
                    + "option_order = excluded.option_order, skipped_ids = excluded.skipped_ids, "
                    + "answered_ids = excluded.answered_ids, come_backs = excluded.come_backs, "
                    + "started_at = excluded.started_at, updated_at = excluded.updated_at")) {
                SessionPlan plan = session.plan();
                upsert.setLong(1, session.userId());
                upsert.setString(2, session.scopeKey());
                upsert.setString(3, session.level().map(Level::id).orElse(null));
                upsert.setString(4, session.questionId());
                upsert.setString(5, session.phase().name());
                upsert.setInt(6, session.seq());
                upsert.setInt(7, session.answered());
                upsert.setInt(8, session.correct());
                upsert.setString(9, session.typedAnswer());
                upsert.setString(10, session.optionOrder().map(OptionOrder::encode).orElse(null));
                upsert.setString(11, String.join(",", plan.skippedIds()));
                upsert.setString(12, String.join(",", plan.answeredIds()));
                upsert.setString(13, plan.comeBacks().stream().map(b -> b.questionId() + "@" + b.fromSeq())
                        .collect(Collectors.joining(",")));
                upsert.setLong(14, session.startedAt().toEpochMilli());
                upsert.setLong(15, session.updatedAt().toEpochMilli());
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

    private static List<String> ids(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }

    /** Reads {@code id@seq} entries; malformed ones (never written by this code) are dropped. */
    private static List<SessionPlan.ComeBack> comeBacks(String stored) {
        List<SessionPlan.ComeBack> entries = new ArrayList<>();
        for (String entry : ids(stored)) {
            Matcher m = COME_BACK.matcher(entry);
            if (m.matches()) {
                entries.add(new SessionPlan.ComeBack(m.group(1), Integer.parseInt(m.group(2))));
            }
        }
        return entries;
    }
}
