package com.jobfuture.coach.core.chat;

import java.util.List;
import java.util.Optional;

/** A feature of the coach that answers some commands, button actions or free text. */
public interface ChatFeature {
    /** The commands this feature answers (names without the slash). */
    List<CommandHelp> commands();

    /** Answers a command of {@link #commands()}; {@code args} is the trimmed rest of the line. */
    List<Reply> onCommand(ChatRequest request, String command, String args);

    /** Answers a button action, or returns empty if the action is not this feature's. */
    default Optional<List<Reply>> onAction(ChatRequest request, String action) {
        return Optional.empty();
    }

    /** Answers free text (not a command), or returns empty if this feature does not expect text now. */
    default Optional<List<Reply>> onText(ChatRequest request, String text) {
        return Optional.empty();
    }
}
