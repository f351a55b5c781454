package com.jobfuture.coach.platform.common;

import com.jobfuture.coach.core.chat.Attachment;
import com.jobfuture.coach.core.chat.Button;
import java.util.List;
import java.util.Optional;

/** One message to send for a reply: a part of its text, and on the last part its buttons and its file. */
public record ReplyPart(String text, List<Button> buttons, Optional<Attachment> attachment) {
    public ReplyPart {
        buttons = List.copyOf(buttons);
    }
}
