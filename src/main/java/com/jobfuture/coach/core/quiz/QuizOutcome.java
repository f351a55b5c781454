package com.jobfuture.coach.core.quiz;

import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.OpenQuestion;
import com.jobfuture.coach.core.deck.Question;
import com.jobfuture.coach.core.grading.Grade;
import com.jobfuture.coach.core.review.Rating;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** What a quiz action led to; the chat layer renders each kind for the user. */
public sealed interface QuizOutcome {

    /** A question is shown (new or a review). */
    record Asked(QuizSession session, Question question, boolean review) implements QuizOutcome {
    }

    /** The current question still waits for an answer (e.g. /next before answering). */
    record Pending(QuizSession session, Question question) implements QuizOutcome {
    }

    /**
     * Nothing is due and nothing is new in the scope, or new questions wait for tomorrow because the user's study
     * plan paces them ({@code pace}: that many a day, present only then); the session has ended.
     */
    record AllDone(QuizScope scope, int answered, int correct, Optional<Instant> nextDue, OptionalInt pace)
            implements QuizOutcome {
        /** All done without a pace holding new questions back. */
        public AllDone(QuizScope scope, int answered, int correct, Optional<Instant> nextDue) {
            this(scope, answered, correct, nextDue, OptionalInt.empty());
        }
    }

    /**
     * A choice question was graded and the review recorded; {@code picked} is the option's index in the deck file,
     * {@code comesBack} whether it is asked again later in this quiz.
     */
    record ChoiceGraded(QuizSession session, ChoiceQuestion question, int picked, boolean correct,
                        Duration interval, boolean comesBack) implements QuizOutcome {
    }

    /** An open question's model answer is revealed; {@code grade} judges each key point of the typed answer. */
    record Revealed(QuizSession session, OpenQuestion question, String typedAnswer, Grade grade)
            implements QuizOutcome {
        /** One flag per key point: covered by the typed answer. */
        public List<Boolean> covered() {
            return grade.covered();
        }
    }

    /** An open question was self-rated and the review recorded; {@code comesBack}: asked again in this quiz. */
    record Rated(QuizSession session, Question question, Rating rating, Duration interval, boolean comesBack)
            implements QuizOutcome {
    }

    /** The session ended on request. */
    record Stopped(int answered, int correct) implements QuizOutcome {
    }

    /** There is no active quiz. */
    record NoSession() implements QuizOutcome {
    }

    /** A button of an earlier question was pressed; {@code current} is where the session stands, if anywhere. */
    record Stale(Optional<QuizOutcome> current) implements QuizOutcome {
    }
}
