package com.jobfuture.coach.platform.telegram;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * getUpdates that reads each update on its own. The library reads the whole batch at once, so one update it
 * cannot read would fail every poll forever; here that update is logged and reported (so the offset moves past
 * it) and the rest of the batch is handled.
 */
final class LenientGetUpdates extends GetUpdates {
    private static final Logger LOG = LoggerFactory.getLogger(LenientGetUpdates.class);
    @JsonIgnore
    private final transient LongConsumer unreadable;

    LenientGetUpdates(long offset, int limit, int timeoutSeconds, LongConsumer unreadable) {
        super();
        setOffset(offset > 0 ? Math.toIntExact(offset) : null);
        setLimit(limit);
        setTimeout(timeoutSeconds);
        this.unreadable = unreadable;
    }

    @Override
    public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
        JsonNode root;
        try {
            root = OBJECT_MAPPER.readTree(answer);
        } catch (JsonProcessingException e) {
            throw new TelegramApiRequestException("Unable to deserialize response", e);
        }
        if (root == null || !root.path("ok").asBoolean(false) || !root.path("result").isArray()) {
            return super.deserializeResponse(answer);
        }
        ArrayList<Update> updates = new ArrayList<>();
        for (JsonNode node : root.path("result")) {
            try {
                updates.add(OBJECT_MAPPER.treeToValue(node, Update.class));
            } catch (JsonProcessingException | RuntimeException e) {
                long id = node.path("update_id").asLong(-1);
                LOG.warn("Skipping update {} that cannot be read: {}", id, e.getMessage());
                if (id >= 0) {
                    unreadable.accept(id);
                }
            }
        }
        return updates;
    }
}
