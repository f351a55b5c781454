package com.jobfuture.coach.storage;

import com.jobfuture.coach.core.progress.ReviewLogEntry;
import com.jobfuture.coach.core.progress.ReviewRepository;
import com.jobfuture.coach.core.review.CardState;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.review.ReviewCard;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Review cards and the answer log in the database. */
public final class JdbcReviewRepository implements ReviewRepository {
    private final Database db;

    public JdbcReviewRepository(Database db) {
        this.db = db;
    }

    @Override
    public Map<String, ReviewCard> cards(long userId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT question_id, state, step, stability, "
                    + "difficulty, due, last_review FROM review_cards WHERE user_id = ?")) {
                select.setLong(1, userId);
                Map<String, ReviewCard> cards = new HashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long lastReview = rows.getLong(7);
                        Instant last = rows.wasNull() ? null : Instant.ofEpochMilli(lastReview);
                        cards.put(rows.getString(1), new ReviewCard(CardState.valueOf(rows.getString(2)),
                                rows.getInt(3), rows.getDouble(4), rows.getDouble(5),
                                Instant.ofEpochMilli(rows.getLong(6)), last));
                    }
                }
                return cards;
            }
        });
    }

    @Override
    public void saveCard(long userId, String questionId, ReviewCard card) {
        db.write(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO review_cards (user_id, question_id, "
                    + "state, step, stability, difficulty, due, last_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (user_id, question_id) DO UPDATE SET state = excluded.state, step = excluded.step, "
                    + "stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due, "
                    + "last_review = excluded.last_review")) {
                upsert.setLong(1, userId);
                upsert.setString(2, questionId);
                upsert.setString(3, card.state().name());
                upsert.setInt(4, card.step());
                upsert.setDouble(5, card.stability());
                upsert.setDouble(6, card.difficulty());
                upsert.setLong(7, card.due().toEpochMilli());
                if (card.lastReview() == null) {
                    upsert.setNull(8, Types.INTEGER);
                } else {
                    upsert.setLong(8, card.lastReview().toEpochMilli());
                }
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public void log(ReviewLogEntry entry) {
        db.write(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO review_log (user_id, question_id, "
                    + "rating, correct, reviewed_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setLong(1, entry.userId());
                insert.setString(2, entry.questionId());
                insert.setInt(3, entry.rating().value());
                if (entry.correct() == null) {
                    insert.setNull(4, Types.INTEGER);
                } else {
                    insert.setInt(4, entry.correct() ? 1 : 0);
                }
                insert.setLong(5, entry.reviewedAt().toEpochMilli());
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public int answerCount(long userId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM review_log WHERE user_id = ?")) {
                select.setLong(1, userId);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    @Override
    public List<Instant> answerTimesSince(long userId, Instant since) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT reviewed_at FROM review_log "
                    + "WHERE user_id = ? AND reviewed_at >= ? ORDER BY reviewed_at")) {
                select.setLong(1, userId);
                select.setLong(2, since.toEpochMilli());
                List<Instant> times = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        times.add(Instant.ofEpochMilli(rows.getLong(1)));
                    }
                }
                return times;
            }
        });
    }

    @Override
    public List<ReviewLogEntry> history(long userId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT question_id, rating, correct, reviewed_at "
                    + "FROM review_log WHERE user_id = ? ORDER BY reviewed_at, id")) {
                select.setLong(1, userId);
                List<ReviewLogEntry> entries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        int correct = rows.getInt(3);
                        Boolean wasCorrect = rows.wasNull() ? null : correct == 1;
                        entries.add(new ReviewLogEntry(userId, rows.getString(1), Rating.fromValue(rows.getInt(2)),
                                wasCorrect, Instant.ofEpochMilli(rows.getLong(4))));
                    }
                }
                return entries;
            }
        });
    }

    @Override
    public void moveLog(long from, long into) {
        db.write(c -> {
            try (PreparedStatement move = c.prepareStatement("UPDATE review_log SET user_id = ? WHERE user_id = ? "
                    + "AND NOT EXISTS (SELECT 1 FROM review_log kept WHERE kept.user_id = ? "
                    + "AND kept.question_id = review_log.question_id AND kept.reviewed_at = review_log.reviewed_at "
                    + "AND kept.rating = review_log.rating)")) {
                move.setLong(1, into);
                move.setLong(2, from);
                move.setLong(3, into);
                move.executeUpdate();
            }
            try (PreparedStatement duplicates = c.prepareStatement("DELETE FROM review_log WHERE user_id = ?")) {
                duplicates.setLong(1, from);
                return duplicates.executeUpdate();
            }
        });
    }
}
