package com.jobfuture.coach.core.plan;

import java.util.OptionalInt;

/**
 * The pace a user's plan asks of the quiz: how many new questions to start today, and the desired retention to
 * schedule reviews with. Users without an interview date have no pace (empty: no limit) and the base retention.
 * The quiz consults it when it picks a new question and when it schedules an answer. Thread-safe.
 */
public interface StudyPace {
    /** New questions a day the plan asks for now; recomputed each day from what is still new. */
    OptionalInt newQuestionsPerDay(long userId);

    /** New questions still to start today (the pace minus the questions first answered today), at least 0. */
    OptionalInt newQuestionsLeftToday(long userId);

    /** The desired retention for the user's reviews today ({@link RetentionPolicy}). */
    double desiredRetention(long userId);

    /** No plan for anyone: no limit on new questions, the base retention. */
    static StudyPace none() {
        return new StudyPace() {
            @Override
            public OptionalInt newQuestionsPerDay(long userId) {
                return OptionalInt.empty();
            }

            @Override
            public OptionalInt newQuestionsLeftToday(long userId) {
                return OptionalInt.empty();
            }

            @Override
            public double desiredRetention(long userId) {
                return RetentionPolicy.BASE;
            }
        };
    }
}
