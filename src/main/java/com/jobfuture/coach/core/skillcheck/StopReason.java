package com.jobfuture.coach.core.skillcheck;

/** Why a skill check ended. */
public enum StopReason {
    /** The credible interval lies on one side of every cut point (after the minimum number of items). */
    CLASSIFIED,
    /** The maximum number of items was reached. */
    MAX_ITEMS,
    /** No item was left to ask (a small area); the result rests on fewer items than usual. */
    BANK_EXHAUSTED
}
