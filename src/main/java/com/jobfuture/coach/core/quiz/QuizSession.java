package com.jobfuture.coach.core.quiz;

import java.time.Instant;
import java.util.List;

/**
 * A user's active quiz: its scope, the current question and its phase, and the session's tallies.
 * {@code seq} numbers the questions shown, so buttons of an earlier question are recognised as stale.
 */
public record QuizSession(long userId, String scopeKey, String questionId, QuizPhase phase, int seq,
                          int answered, int correct, String typedAnswer, List<String> skippedIds,
                          Instant startedAt, Instant updatedAt) {
    public QuizSession {
        skippedIds = List.copyOf(skippedIds);
    }

    QuizSession withQuestion(String id, Instant now) {
        return new QuizSession(userId, scopeKey, id, QuizPhase.ASKED, seq + 1, answered, correct, null,
                skippedIds, startedAt, now);
    }

    QuizSession revealed(String typed, Instant now) {
        return new QuizSession(userId, scopeKey, questionId, QuizPhase.REVEALED, seq, answered, correct, typed,
                skippedIds, startedAt, now);
    }

    QuizSession answered(boolean wasCorrect, Instant now) {
        return new QuizSession(userId, scopeKey, questionId, QuizPhase.ANSWERED, seq, answered + 1,
                correct + (wasCorrect ? 1 : 0), typedAnswer, skippedIds, startedAt, now);
    }

    QuizSession skipped(Instant now) {
        List<String> skipped = new java.util.ArrayList<>(skippedIds);
        skipped.add(questionId);
        List<String> bounded = skipped.size() > 50 ? skipped.subList(skipped.size() - 50, skipped.size()) : skipped;
        return new QuizSession(userId, scopeKey, questionId, QuizPhase.ANSWERED, seq, answered, correct, null,
                bounded, startedAt, now);
    }
}
