package com.jobfuture.coach.core.jobs;

/** Where a role is done, as its source says (or its title or location when the source has no field for it). */
public enum Workplace {
    REMOTE, ON_SITE, NOT_STATED
}
