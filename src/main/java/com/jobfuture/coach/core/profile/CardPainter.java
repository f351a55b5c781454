package com.jobfuture.coach.core.profile;

/** Draws a profile as a PNG image (the /progress card); implemented outside the core. */
@FunctionalInterface
public interface CardPainter {
    /** The PNG bytes of the card. */
    byte[] paint(CandidateProfile profile);
}
