package com.jobfuture.coach.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jobfuture.coach.core.skillcheck.AskedItem;
import com.jobfuture.coach.core.skillcheck.PopulationPrior;
import com.jobfuture.coach.core.skillcheck.SkillCheckState;
import com.jobfuture.coach.core.skillcheck.TopicPull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON columns of the skill-check tables: a check's state, its items, answer times and weak topics, written
 * with short, stable field names so a stored check reads back the same after the classes change.
 */
final class SkillCheckJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SkillCheckJson() {
    }

    static String state(SkillCheckState state) {
        ObjectNode root = JSON.createObjectNode();
        root.put("family", state.family());
        root.put("bank_version", state.bankVersion());
        root.putObject("prior").put("mean", state.prior().mean()).put("sd", state.prior().sd());
        root.put("started_at", state.startedAt().toEpochMilli());
        root.set("items", itemsNode(state.items()));
        return root.toString();
    }

    static SkillCheckState state(String text) {
        JsonNode root = parse(text);
        return new SkillCheckState(root.path("family").asText(), root.path("bank_version").asText(),
                new PopulationPrior(root.path("prior").path("mean").asDouble(), root.path("prior").path("sd")
                        .asDouble()), Instant.ofEpochMilli(root.path("started_at").asLong()),
                items(root.path("items")));
    }

    static String items(List<AskedItem> items) {
        return itemsNode(items).toString();
    }

    static List<AskedItem> items(String text) {
        return items(parse(text));
    }

    static String times(List<Instant> times) {
        ArrayNode array = JSON.createArrayNode();
        times.forEach(time -> array.add(time.toEpochMilli()));
        return array.toString();
    }

    static List<Instant> times(String text) {
        List<Instant> times = new ArrayList<>();
        parse(text).forEach(node -> times.add(Instant.ofEpochMilli(node.asLong())));
        return times;
    }

    static String topics(List<TopicPull> topics) {
        ArrayNode array = JSON.createArrayNode();
        for (TopicPull topic : topics) {
            array.addObject().put("topic", topic.topicId()).put("title", topic.title()).put("asked", topic.asked())
                    .put("missed", topic.missed()).put("pull", topic.pull());
        }
        return array.toString();
    }

    static List<TopicPull> topics(String text) {
        List<TopicPull> topics = new ArrayList<>();
        for (JsonNode node : parse(text)) {
            topics.add(new TopicPull(node.path("topic").asText(), node.path("title").asText(),
                    node.path("asked").asInt(), node.path("missed").asInt(), node.path("pull").asDouble()));
        }
        return topics;
    }

    private static ArrayNode itemsNode(List<AskedItem> items) {
        ArrayNode array = JSON.createArrayNode();
        for (AskedItem item : items) {
            ObjectNode node = array.addObject();
            node.put("question", item.questionId());
            node.put("topic", item.topicId());
            node.put("a", item.discrimination());
            node.put("b", item.difficulty());
            node.put("c", item.guessing());
            ArrayNode order = node.putArray("order");
            item.optionOrder().forEach(order::add);
            if (item.chosenOption() != null) {
                node.put("chosen", item.chosenOption());
            }
            if (item.correct() != null) {
                node.put("correct", item.correct());
            }
            if (!item.optionsVersion().isEmpty()) {
                node.put("optionsVersion", item.optionsVersion());
            }
        }
        return array;
    }

    private static List<AskedItem> items(JsonNode array) {
        List<AskedItem> items = new ArrayList<>();
        for (JsonNode node : array) {
            List<Integer> order = new ArrayList<>();
            node.path("order").forEach(i -> order.add(i.asInt()));
            items.add(new AskedItem(node.path("question").asText(), node.path("topic").asText(),
                    node.path("a").asDouble(), node.path("b").asDouble(), node.path("c").asDouble(), order,
                    node.hasNonNull("chosen") ? node.get("chosen").asInt() : null,
                    node.hasNonNull("correct") ? node.get("correct").asBoolean() : null,
                    node.path("optionsVersion").asText("")));
        }
        return items;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new StorageException("a stored skill check is not valid JSON", e);
        }
    }
}
