package com.jobfuture.coach.core.progress;

import com.jobfuture.coach.core.chat.Attachment;
import java.util.Optional;

/** The picture /progress sends with its text: a PNG card of the user's progress, or none. */
@FunctionalInterface
public interface ProgressCards {
    /** The user's card now, or empty when there is none to send (e.g. it could not be drawn). */
    Optional<Attachment> card(long userId);

    /** No card: /progress sends its text only. */
    static ProgressCards none() {
        return userId -> Optional.empty();
    }
}
