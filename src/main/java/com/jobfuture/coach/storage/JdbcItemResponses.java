package com.jobfuture.coach.storage;

import com.jobfuture.coach.core.skillcheck.ItemResponse;
import com.jobfuture.coach.core.skillcheck.ResponseSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Graded answers from the review log (quiz choice answers and question-of-the-day answers, which are logged there
 * too with their correctness), read only. Open questions are self-rated ({@code correct} is null) and left out.
 */
public final class JdbcItemResponses implements ResponseSource {
    private final Database db;

    public JdbcItemResponses(Database db) {
        this.db = db;
    }

    @Override
    public List<ItemResponse> firstGradedAnswers(Instant since) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT r.user_id, r.question_id, r.correct "
                    + "FROM review_log r JOIN (SELECT MIN(id) AS first_id FROM review_log WHERE correct IS NOT NULL "
                    + "GROUP BY user_id, question_id) f ON f.first_id = r.id "
                    + "WHERE r.reviewed_at >= ? ORDER BY r.id")) {
                select.setLong(1, since.toEpochMilli());
                List<ItemResponse> responses = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        responses.add(new ItemResponse(rows.getLong(1), rows.getString(2), rows.getInt(3) == 1));
                    }
                }
                return responses;
            }
        });
    }
}
