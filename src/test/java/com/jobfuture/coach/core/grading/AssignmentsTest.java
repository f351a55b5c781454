package com.jobfuture.coach.core.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A setting given another value than the point's. */
class AssignmentsTest {
    @Test
    void readsNamesAndValuesAsWritten() {
        assertThat(Assignments.in("set DEBUG = False and thread_sensitive=True, source=\"author\""))
                .containsEntry("debug", "False").containsEntry("thread_sensitive", "True")
                .containsEntry("source", "author");
    }

    @Test
    void anotherValueConflictsTheSameOrNoneDoesNot() {
        String point = "thread_sensitive=False uses a new thread each time";

        assertThat(Assignments.conflict("thread_sensitive = True runs it in a new thread", point))
                .contains("you said thread_sensitive=True; the point is about thread_sensitive=False");
        assertThat(Assignments.conflict("thread_sensitive=false gives a new thread", point)).isEmpty();
        assertThat(Assignments.conflict("a new thread every call", point)).isEmpty();
        assertThat(Assignments.conflict("DEBUG=True", point)).isEmpty();
    }
}
