package com.jobfuture.coach.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.grading.Grade;
import com.jobfuture.coach.core.grading.PointVerdict;
import com.jobfuture.coach.storage.JdbcAnswerGradeRepository;
import com.jobfuture.coach.storage.JdbcUserRepository;
import com.jobfuture.coach.testing.StorageTest;
import com.jobfuture.coach.testing.TestStorage;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The grade of each user's revealed answer: the same behaviour on SQLite and PostgreSQL. */
class AnswerGradeRepositoryContractTest {
    @Nested
    class OnSqlite extends AnswerGradeRepositoryContract {
        OnSqlite() {
            super(TestStorage.SQLITE);
        }
    }

    @Nested
    class OnPostgres extends AnswerGradeRepositoryContract {
        OnPostgres() {
            super(TestStorage.POSTGRESQL);
        }
    }
}

abstract class AnswerGradeRepositoryContract extends StorageTest {
    static final Grade SEMANTIC = new Grade("semantic", List.of(new PointVerdict(true, "you said “N+1 queries”"),
            new PointVerdict(false, "not mentioned: select_related")));

    AnswerGradeRepositoryContract(TestStorage storage) {
        super(storage);
    }

    @Test
    void aGradeIsFoundOnlyForItsQuestionNumberAndQuestionWithReasonsIntact() {
        JdbcUserRepository users = new JdbcUserRepository(db);
        JdbcAnswerGradeRepository grades = new JdbcAnswerGradeRepository(db);
        long dana = users.resolve("telegram", "1", "Dana", T0);
        long lee = users.resolve("telegram", "2", "Lee", T0);

        grades.save(dana, 3, "orm-n-plus-one", SEMANTIC);

        assertThat(grades.find(dana, 3, "orm-n-plus-one")).contains(SEMANTIC);
        assertThat(grades.find(dana, 4, "orm-n-plus-one")).as("another question number").isEmpty();
        assertThat(grades.find(dana, 3, "orm-select-related")).as("another question").isEmpty();
        assertThat(grades.find(lee, 3, "orm-n-plus-one")).as("another user").isEmpty();
    }

    @Test
    void theNextGradeReplacesTheUsersPreviousOne() {
        JdbcUserRepository users = new JdbcUserRepository(db);
        JdbcAnswerGradeRepository grades = new JdbcAnswerGradeRepository(db);
        long dana = users.resolve("discord", "1", "Dana", T0);
        Grade keywords = new Grade("keywords", List.of(new PointVerdict(true, "you said “atomic”")));
        grades.save(dana, 3, "orm-n-plus-one", SEMANTIC);

        grades.save(dana, 4, "orm-atomic", keywords);
        grades.save(dana, 4, "orm-atomic", Grade.untyped(2));

        assertThat(grades.find(dana, 3, "orm-n-plus-one")).isEmpty();
        assertThat(grades.find(dana, 4, "orm-atomic")).contains(Grade.untyped(2));
    }

    @Test
    void deletingTheUserDeletesTheirGrade() {
        JdbcUserRepository users = new JdbcUserRepository(db);
        JdbcAnswerGradeRepository grades = new JdbcAnswerGradeRepository(db);
        long dana = users.resolve("console", "dana", "Dana", T0);
        grades.save(dana, 1, "orm-n-plus-one", SEMANTIC);

        users.delete(dana);

        assertThat(grades.find(dana, 1, "orm-n-plus-one")).isEmpty();
    }

    @Test
    void twoProcessesSavingForOneUserLeaveOneGrade() {
        JdbcAnswerGradeRepository there = new JdbcAnswerGradeRepository(anotherProcess());
        JdbcAnswerGradeRepository here = new JdbcAnswerGradeRepository(db);
        long dana = new JdbcUserRepository(db).resolve("telegram", "1", "Dana", T0);

        here.save(dana, 1, "orm-n-plus-one", SEMANTIC);
        there.save(dana, 2, "orm-atomic", Grade.untyped(1));

        assertThat(here.find(dana, 2, "orm-atomic")).contains(Grade.untyped(1));
        assertThat(there.find(dana, 1, "orm-n-plus-one")).isEmpty();
    }
}
