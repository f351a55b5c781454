package com.jobfuture.coach.core.quiz;

import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.deck.OptionOrder;
import com.jobfuture.coach.core.user.UserDataSection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A user's open quiz as user data. On a merge the more recently used quiz stays; its question number moves past
 * both quizzes' numbers, so buttons shown before the merge are recognised as stale instead of answering it.
 */
public final class QuizSessionData implements UserDataSection {
    private final QuizSessionRepository sessions;

    public QuizSessionData(QuizSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public String name() {
        return "quiz";
    }

    /** The quiz in the export; {@code optionOrder} lists deck indexes in display order (A first). */
    public record SessionExport(String scopeKey, String level, String questionId, String phase, int seq,
                                int answered, int correct, String typedAnswer, List<Integer> optionOrder,
                                List<String> skippedIds, List<String> answeredIds,
                                List<SessionPlan.ComeBack> comesBack, Instant startedAt, Instant updatedAt) {
    }

    @Override
    public Object export(long userId) {
        return sessions.find(userId).map(s -> new SessionExport(s.scopeKey(), s.level().map(Level::id).orElse(null),
                s.questionId(), s.phase().name(), s.seq(), s.answered(), s.correct(), s.typedAnswer(),
                s.optionOrder().map(OptionOrder::deckIndexes).orElse(null), s.plan().skippedIds(),
                s.plan().answeredIds(), s.plan().comeBacks(), s.startedAt(), s.updatedAt())).orElse(null);
    }

    @Override
    public void merge(long from, long into) {
        Optional<QuizSession> theirs = sessions.find(from);
        if (theirs.isEmpty()) {
            return;
        }
        Optional<QuizSession> mine = sessions.find(into);
        QuizSession kept = mine.isEmpty() || theirs.get().updatedAt().isAfter(mine.get().updatedAt())
                ? theirs.get() : mine.get();
        int seq = Math.max(theirs.get().seq(), mine.map(QuizSession::seq).orElse(0)) + 1;
        sessions.delete(from);
        sessions.save(kept.movedTo(into, seq));
    }
}
