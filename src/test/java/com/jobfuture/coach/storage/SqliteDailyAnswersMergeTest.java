package com.jobfuture.coach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.daily.DailyAnswerData;
import com.jobfuture.coach.core.daily.DailyRepository.MemberAnswer;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Daily answers follow a user through /link merges and /export, never counting a post twice. */
class SqliteDailyAnswersMergeTest {
    @TempDir
    Path dir;

    @Test
    void mergeKeepsTheEarlierAnswerPerPostAndMovesTheRest() {
        try (Database db = Database.open(dir.resolve("coach.db"))) {
            SqliteUserRepository users = new SqliteUserRepository(db);
            SqliteDailyRepository daily = new SqliteDailyRepository(db);
            long into = users.resolve("console", "dana", "Dana", Instant.EPOCH);
            long from = users.resolve("telegram", "42", "Dana", Instant.EPOCH);
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO daily_communities VALUES ('telegram', '-100', '09:00', 'UTC', "
                            + "'MONDAY', '', NULL, 3600, 'ACTIVE', 0, 0)");
                    s.executeUpdate("INSERT INTO daily_posts (id, platform, conversation_id, slot_date, question_id, "
                            + "state, chosen_at, next_attempt_at) VALUES (1, 'telegram', '-100', '2026-03-02', 'q1', "
                            + "'OPEN', 0, 0), (2, 'telegram', '-100', '2026-03-09', 'q2', 'OPEN', 0, 0)");
                }
                return null;
            });
            daily.insertAnswer(1, into, 2, Instant.ofEpochSecond(200));
            daily.insertAnswer(1, from, 0, Instant.ofEpochSecond(100)); // earlier: this one was counted first
            daily.insertAnswer(2, from, 1, Instant.ofEpochSecond(300));

            db.inTransaction(() -> {
                new DailyAnswerData(daily).merge(from, into);
                return null;
            });

            List<MemberAnswer> answers = daily.answersOf(into);
            assertThat(answers).extracting(MemberAnswer::postId, MemberAnswer::option)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 0), org.assertj.core.groups.Tuple.tuple(2L, 1));
            assertThat(daily.answersOf(from)).isEmpty();
            assertThat(daily.answerCounts(1)).containsExactly(java.util.Map.entry(0, 1));
            assertThat(new DailyAnswerData(daily).export(into)).isEqualTo(answers);
        }
    }
}
