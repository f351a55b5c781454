package com.jobfuture.coach.core.quiz;

import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.deck.OptionOrder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A user's active quiz: its scope (and level, if filtered), the current question, its phase and the order its
 * options are shown in, what the session remembers about earlier questions, and the session's tallies.
 * {@code seq} numbers the questions shown, so buttons of an earlier question are recognised as stale.
 */
public record QuizSession(long userId, String scopeKey, Optional<Level> level, String questionId, QuizPhase phase,
                          int seq, int answered, int correct, String typedAnswer, Optional<OptionOrder> optionOrder,
                          SessionPlan plan, Instant startedAt, Instant updatedAt) {

    /** A new session that has shown nothing yet. */
    static QuizSession start(long userId, String scopeKey, Optional<Level> level, Instant now) {
        return new QuizSession(userId, scopeKey, level, null, QuizPhase.ANSWERED, 0, 0, 0, null, Optional.empty(),
                SessionPlan.empty(), now, now);
    }

    /** Questions skipped in this session, oldest first. */
    public List<String> skippedIds() {
        return plan.skippedIds();
    }

    /**
     * The order the current choice question's options are shown in; the file order when none fits (a session saved
     * before options were shuffled showed them in file order).
     */
    public OptionOrder orderOf(ChoiceQuestion question) {
        return optionOrder.filter(o -> o.fits(question)).orElseGet(() -> OptionOrder.identity(
                question.options().size()));
    }

    QuizSession withQuestion(String id, Optional<OptionOrder> order, Instant now) {
        return new QuizSession(userId, scopeKey, level, id, QuizPhase.ASKED, seq + 1, answered, correct, null,
                order, plan.shown(id), startedAt, now);
    }

    QuizSession withOrder(OptionOrder order, Instant now) {
        return new QuizSession(userId, scopeKey, level, questionId, phase, seq, answered, correct, typedAnswer,
                Optional.of(order), plan, startedAt, now);
    }

    QuizSession revealed(String typed, Instant now) {
        return new QuizSession(userId, scopeKey, level, questionId, QuizPhase.REVEALED, seq, answered, correct,
                typed, optionOrder, plan, startedAt, now);
    }

    /** The current question answered; it comes back from question number {@code comeBackFrom} if given. */
    QuizSession answered(boolean wasCorrect, Optional<Integer> comeBackFrom, Instant now) {
        return new QuizSession(userId, scopeKey, level, questionId, QuizPhase.ANSWERED, seq, answered + 1,
                correct + (wasCorrect ? 1 : 0), typedAnswer, optionOrder, plan.answer(questionId, comeBackFrom),
                startedAt, now);
    }

    QuizSession skipped(Instant now) {
        return new QuizSession(userId, scopeKey, level, questionId, QuizPhase.ANSWERED, seq, answered, correct, null,
                optionOrder, plan.skip(questionId), startedAt, now);
    }

    /** The same session under another user with another question number (identities merged). */
    QuizSession movedTo(long newUserId, int newSeq) {
        return new QuizSession(newUserId, scopeKey, level, questionId, phase, newSeq, answered, correct, typedAnswer,
                optionOrder, plan, startedAt, updatedAt);
    }
}
