package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.Button;
import java.util.List;

/** One Discord message to send for a reply: content within 2000 characters and the buttons under it. */
record DiscordMessage(String content, List<Button> buttons) {
    DiscordMessage {
        buttons = List.copyOf(buttons);
    }
}
