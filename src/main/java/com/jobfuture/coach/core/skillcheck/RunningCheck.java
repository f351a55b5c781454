package com.jobfuture.coach.core.skillcheck;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user's check in progress as stored: the engine's {@link SkillCheckState} and when each answered item was
 * answered (one instant per answered item, in order), so it continues unchanged after a restart.
 */
public record RunningCheck(long userId, SkillCheckState state, List<Instant> answeredAt, Instant updatedAt) {
    public RunningCheck {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(updatedAt, "updatedAt");
        answeredAt = List.copyOf(answeredAt);
        long answered = state.items().stream().filter(AskedItem::answered).count();
        if (answered != answeredAt.size()) {
            throw new IllegalArgumentException("one answer time per answered item: " + answered + " answered, "
                    + answeredAt.size() + " times");
        }
    }

    /** Identifies this check in its buttons: its start time in epoch seconds. */
    public long checkId() {
        return state.startedAt().getEpochSecond();
    }

    /** The number of the item awaiting an answer (1 for the first), or of the last item once all are answered. */
    public int itemNumber() {
        return state.items().size();
    }
}
