package com.jobfuture.coach.core.grading;

import java.util.Objects;

/** One key point's verdict: covered or not, and a short reason in the coach's words ("you said “…”"). */
public record PointVerdict(boolean covered, String reason) {
    public PointVerdict {
        Objects.requireNonNull(reason, "reason");
    }
}
