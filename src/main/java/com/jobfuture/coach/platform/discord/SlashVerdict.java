package com.jobfuture.coach.platform.discord;

import java.util.Optional;

/**
 * What to do with one slash command: refuse it at once with a private message, or pass {@code text} (the command
 * as the coach reads it, such as {@code /quiz orm}) to the coach, privately when the option needs correcting.
 */
record SlashVerdict(Optional<String> refusal, String text, boolean answerPrivately) {

    static SlashVerdict refuse(String message) {
        return new SlashVerdict(Optional.of(message), "", true);
    }

    static SlashVerdict pass(String text, boolean answerPrivately) {
        return new SlashVerdict(Optional.empty(), text, answerPrivately);
    }
}
