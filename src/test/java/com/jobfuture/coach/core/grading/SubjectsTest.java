package com.jobfuture.coach.core.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which key point is about which of the things a question contrasts, and what a clause speaks of. */
class SubjectsTest {
    final Subjects files = Subjects.of("What is the difference between static files and media files?",
            List.of("Static files ship with the code", "Media files are user uploads", "Keep them apart"));

    @Test
    void aPointsSubjectIsItsFirstWordWhenThePromptNamesIt() {
        assertThat(files.all()).containsExactlyInAnyOrder("static", "media");
        assertThat(files.of(0)).containsExactly("static");
        assertThat(files.of(1)).containsExactly("media");
        assertThat(files.of(2)).isEmpty();
        assertThat(files.written("media")).isEqualTo("media");
    }

    @Test
    void aClauseSpeaksOfTheFirstSubjectItNamesOrOfTheLastOneBeforeIt() {
        String answer = "Media files are uploads. They change at run time.";

        assertThat(files.subjectOf("Media files are uploads.", answer)).contains("media");
        assertThat(files.subjectOf("They change at run time.", answer)).contains("media");
        assertThat(files.otherSubject(0, "They change at run time.", answer)).contains("media");
        assertThat(files.otherSubject(1, "They change at run time.", answer)).isEmpty();
        assertThat(files.otherSubject(2, "They change at run time.", answer)).isEmpty();
    }

    @Test
    void aClauseNamingThePointsSubjectAnywhereMayCountForIt() {
        String both = "unlike media, static files ship with the code";
        String one = "static files ship with the code";

        assertThat(files.otherSubject(0, both, both)).isEmpty();
        assertThat(files.otherSubject(1, both, both)).isEmpty();
        assertThat(files.otherSubject(1, one, one)).contains("static");
    }

    @Test
    void codeNamesAreSubjectsWrittenTogetherOrApart() {
        Subjects groups = Subjects.of("How do `asyncio.gather()` and `asyncio.TaskGroup` behave differently?",
                List.of("gather propagates the first exception", "TaskGroup cancels the remaining tasks"));

        assertThat(groups.all()).containsExactlyInAnyOrder("gather", "taskgroup");
        assertThat(groups.subjectOf("a task group stops the siblings", "a task group stops the siblings"))
                .contains("taskgroup");
        assertThat(groups.written("taskgroup")).isEqualTo("TaskGroup");
    }

    @Test
    void aQuestionThatContrastsNothingHasNoSubjects() {
        Subjects none = Subjects.of("What is middleware in Django?",
                List.of("It wraps every request", "Middleware runs in order", "Typical uses are sessions"));
        Subjects oneWord = Subjects.of("In an async view, how do you count rows?",
                List.of("async for to iterate", "await acount() to count"));

        assertThat(none.all()).isEmpty();
        assertThat(none.otherSubject(0, "anything", "anything")).isEmpty();
        assertThat(oneWord.all()).isEmpty();
    }

    @Test
    void aSentenceIsMixedWhenItsClausesSpeakOfDifferentSubjects() {
        assertThat(files.mixed("static files are uploads and media files are css")).isTrue();
        assertThat(files.mixed("static files are css and images")).isFalse();
    }
}
