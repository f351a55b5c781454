package com.jobfuture.coach.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobfuture.coach.core.grading.Grade;
import com.jobfuture.coach.core.grading.PointVerdict;
import com.jobfuture.coach.core.quiz.AnswerGradeRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

/** The grade of each user's revealed answer in the database (table answer_grades), its points as JSON. */
public final class JdbcAnswerGradeRepository implements AnswerGradeRepository {
    private static final TypeReference<List<PointVerdict>> POINTS = new TypeReference<>() {
    };
    private final Database db;
    private final ObjectMapper json = new ObjectMapper();

    public JdbcAnswerGradeRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Grade> find(long userId, int seq, String questionId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT grader, points FROM answer_grades "
                    + "WHERE user_id = ? AND seq = ? AND question_id = ?")) {
                select.setLong(1, userId);
                select.setInt(2, seq);
                select.setString(3, questionId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Grade(rows.getString(1), json.readValue(rows.getString(2), POINTS)));
                } catch (JsonProcessingException e) {
                    throw new StorageException("unreadable grade of user " + userId, e);
                }
            }
        });
    }

    @Override
    public void save(long userId, int seq, String questionId, Grade grade) {
        String points;
        try {
            points = json.writeValueAsString(grade.points());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        db.write(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO answer_grades (user_id, seq, "
                    + "question_id, grader, points) VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
                    + "seq = excluded.seq, question_id = excluded.question_id, grader = excluded.grader, "
                    + "points = excluded.points")) {
                upsert.setLong(1, userId);
                upsert.setInt(2, seq);
                upsert.setString(3, questionId);
                upsert.setString(4, grade.grader());
                upsert.setString(5, points);
                return upsert.executeUpdate();
            }
        });
    }
}
