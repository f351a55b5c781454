package com.jobfuture.coach.core.profile;

import com.jobfuture.coach.core.chat.Attachment;
import com.jobfuture.coach.core.progress.ProgressCards;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The /progress card: the user's profile painted as {@code progress-YYYY-MM-DD.png}. A card that cannot be drawn
 * is logged and left out; the text of /progress goes out anyway.
 */
public final class ProfileCards implements ProgressCards {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileCards.class);
    private final ProfileService profiles;
    private final CardPainter painter;

    public ProfileCards(ProfileService profiles, CardPainter painter) {
        this.profiles = profiles;
        this.painter = painter;
    }

    @Override
    public Optional<Attachment> card(long userId) {
        CandidateProfile profile = profiles.profile(userId);
        try {
            return Optional.of(new Attachment("progress-" + profile.today() + ".png", "image/png",
                    painter.paint(profile)));
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Could not draw the progress card of user {}", userId, e);
            return Optional.empty();
        }
    }
}
