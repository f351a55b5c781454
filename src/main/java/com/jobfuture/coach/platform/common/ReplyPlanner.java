package com.jobfuture.coach.platform.common;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans the messages for one reply the way every platform does: the text split by the platform's splitter, the
 * buttons (at most {@code maxButtons}) and the file under the last part, and nothing for a reply with nothing to
 * show. A reply without text but with buttons or a file gets one part with empty text. Thread-safe.
 */
public final class ReplyPlanner {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyPlanner.class);
    private final Function<String, List<String>> splitter;
    private final int maxButtons;

    /** {@code splitter} turns a text into the parts the platform accepts (blank text into none). */
    public ReplyPlanner(Function<String, List<String>> splitter, int maxButtons) {
        this.splitter = splitter;
        this.maxButtons = maxButtons;
    }

    /** The parts, in order. */
    public List<ReplyPart> parts(Reply reply) {
        List<String> texts = splitter.apply(reply.text());
        List<Button> buttons = reply.buttons();
        if (buttons.size() > maxButtons) {
            LOG.warn("A reply has {} buttons; the platform shows {}", buttons.size(), maxButtons);
            buttons = buttons.subList(0, maxButtons);
        }
        if (texts.isEmpty()) {
            boolean nothing = buttons.isEmpty() && reply.attachment().isEmpty();
            return nothing ? List.of() : List.of(new ReplyPart("", buttons, reply.attachment()));
        }
        List<ReplyPart> parts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            boolean last = i == texts.size() - 1;
            parts.add(new ReplyPart(texts.get(i), last ? buttons : List.of(),
                    last ? reply.attachment() : Optional.empty()));
        }
        return parts;
    }
}
