package com.jobfuture.coach.core.daily;

/** Whether a community's question of the day runs. */
public enum CommunityStatus {
    /** Posts on schedule. */
    ACTIVE,
    /** Paused by an admin; /daily resume restarts it. */
    PAUSED,
    /** Turned off by an admin; settings and history are kept. */
    OFF,
    /** The platform reported the bot was removed; nothing is posted until an admin sets it up again. */
    REMOVED
}
