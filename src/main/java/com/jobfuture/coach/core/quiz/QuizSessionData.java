package com.jobfuture.coach.core.quiz;

import com.jobfuture.coach.core.user.UserDataSection;
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

    @Override
    public Object export(long userId) {
        return sessions.find(userId).orElse(null);
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
        sessions.save(new QuizSession(into, kept.scopeKey(), kept.questionId(), kept.phase(), seq,
                kept.answered(), kept.correct(), kept.typedAnswer(), kept.skippedIds(), kept.startedAt(),
                kept.updatedAt()));
    }
}
