package com.jobfuture.coach.core.chat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A feature of the coach: the commands it answers, the button actions in its namespaces, and free text while it
 * has a question open. Registered once (see {@code CoachApplication}); {@link CoachBot} routes by name, so a
 * feature never sees another's commands or actions.
 *
 * <p>Actions: a button's action is {@code namespace:rest} (or just {@code namespace}); the namespaces of a
 * feature are its command names plus {@link #actionNamespaces()}, e.g. {@code quiz:q:3:1} or {@code forget:confirm}.
 * Two features never share a namespace (checked when the bot is built).
 */
public interface ChatFeature {
    /** The commands this feature answers. */
    List<CommandSpec> commands();

    /** Answers a command of {@link #commands()}; {@code args} is the trimmed rest of the line. */
    List<Reply> onCommand(ChatRequest request, String command, String args);

    /** Namespaces of this feature's button actions besides its command names (none by default). */
    default Set<String> actionNamespaces() {
        return Set.of();
    }

    /**
     * Answers a button action in one of this feature's namespaces, or returns empty when the action is not (or no
     * longer) one it knows; the user is then told the button has expired.
     */
    default Optional<List<Reply>> onAction(ChatRequest request, String action) {
        return Optional.empty();
    }

    /**
     * Answers free text (not a command) when this feature has a question open for the user, else returns empty.
     * The feature the user last used is asked first, so one feature owns the text at a time.
     */
    default Optional<List<Reply>> onText(ChatRequest request, String text) {
        return Optional.empty();
    }

    /**
     * Shows where the user's open question stands (for a platform moving the conversation elsewhere, such as
     * from a server channel to DMs), or empty when this feature has nothing open to show.
     */
    default Optional<List<Reply>> whereItStands(ChatRequest request) {
        return Optional.empty();
    }

    /**
     * Renders again the confidential reply that {@code secret} names (one of this feature's kinds), after a restart
     * cut it off before it was confirmed delivered: a new link or code replacing the lost one, or the data as it is
     * now. Empty when the kind is not this feature's or the thing is gone (revoked, expired, the user forgot).
     */
    default Optional<Reply> reissue(SecretRef secret) {
        return Optional.empty();
    }
}
