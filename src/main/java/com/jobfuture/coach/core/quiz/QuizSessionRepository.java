package com.jobfuture.coach.core.quiz;

import java.util.Optional;

/** Stores the one active quiz session of each user, so a quiz survives restarts. */
public interface QuizSessionRepository {
    Optional<QuizSession> find(long userId);

    void save(QuizSession session);

    void delete(long userId);
}
