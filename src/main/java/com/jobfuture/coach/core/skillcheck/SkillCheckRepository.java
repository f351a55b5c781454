package com.jobfuture.coach.core.skillcheck;

import java.util.List;
import java.util.Optional;

/** Stores each user's running check (at most one) and their finished checks. */
public interface SkillCheckRepository {
    /** The user's running check, if any. */
    Optional<RunningCheck> running(long userId);

    /** Inserts or replaces the user's running check. */
    void saveRunning(RunningCheck check);

    /** Removes the user's running check (finished or stopped). */
    void deleteRunning(long userId);

    /** Stores a finished check and returns it with its id. */
    CheckRecord saveResult(CheckRecord result);

    /** The user's finished checks, newest first. */
    List<CheckRecord> results(long userId);

    /** Moves {@code from}'s finished checks to {@code into} (running checks are the caller's to merge). */
    void moveResults(long from, long into);
}
