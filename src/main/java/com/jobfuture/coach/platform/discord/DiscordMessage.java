package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.Attachment;
import com.jobfuture.coach.core.chat.Button;
import java.util.List;
import java.util.Optional;

/** One Discord message to send for a reply: content within 2000 characters, the buttons and the file under it. */
record DiscordMessage(String content, List<Button> buttons, Optional<Attachment> attachment) {
    DiscordMessage {
        buttons = List.copyOf(buttons);
    }

    DiscordMessage(String content, List<Button> buttons) {
        this(content, buttons, Optional.empty());
    }
}
