package com.jobfuture.coach.core.review;

/** FSRS memory state of an item: stability in days (interval at which recall probability is 90%) and difficulty in [1, 10]. */
public record MemoryState(double stability, double difficulty) {
    public MemoryState {
        if (!(stability > 0) || Double.isInfinite(stability)) {
            throw new IllegalArgumentException("stability must be positive and finite, got " + stability);
        }
        if (!(difficulty >= FsrsModel.MIN_DIFFICULTY && difficulty <= FsrsModel.MAX_DIFFICULTY)) {
            throw new IllegalArgumentException("difficulty must be in [1, 10], got " + difficulty);
        }
    }
}
