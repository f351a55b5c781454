package com.jobfuture.coach.core.deck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An immutable, validated set of decks: topics in a stable order and their questions by id. */
public final class DeckCatalog {
    private final List<Topic> topics;
    private final Map<String, Question> idToQuestion;
    private final Map<String, List<Question>> topicIdToQuestions;
    private final List<Question> inOrder;
    /** Each scope's questions, worked out once (derived from the immutable catalog; a few dozen scopes at most). */
    private final Map<Scope, List<Question>> scopeToQuestions = new ConcurrentHashMap<>();

    /** Builds a catalog; the caller (the loader) has already checked ids are unique. */
    public DeckCatalog(List<Question> questions) {
        Map<String, Question> byId = new LinkedHashMap<>();
        Map<String, List<Question>> byTopic = new LinkedHashMap<>();
        Map<String, Topic> topicById = new LinkedHashMap<>();
        for (Question question : questions) {
            byId.put(question.id(), question);
            topicById.putIfAbsent(question.topic().id(), question.topic());
            byTopic.computeIfAbsent(question.topic().id(), key -> new ArrayList<>()).add(question);
        }
        List<Topic> ordered = new ArrayList<>(topicById.values());
        ordered.sort((a, b) -> a.family() != b.family()
                ? a.family().compareTo(b.family()) : a.id().compareTo(b.id()));
        this.topics = List.copyOf(ordered);
        this.idToQuestion = Collections.unmodifiableMap(byId);
        Map<String, List<Question>> frozen = new LinkedHashMap<>();
        byTopic.forEach((topic, list) -> frozen.put(topic, List.copyOf(list)));
        this.topicIdToQuestions = Collections.unmodifiableMap(frozen);
        List<Question> all = new ArrayList<>(idToQuestion.size());
        for (Topic topic : topics) {
            all.addAll(questionsOf(topic));
        }
        this.inOrder = List.copyOf(all);
    }

    /** An empty catalog. */
    public static DeckCatalog empty() {
        return new DeckCatalog(List.of());
    }

    /** Topics ordered by family, then id. */
    public List<Topic> topics() {
        return topics;
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equalsIgnoreCase(id)).findFirst();
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(idToQuestion.get(id));
    }

    public int size() {
        return idToQuestion.size();
    }

    /** All questions in catalog order (by topic order, then file order). */
    public List<Question> questions() {
        return inOrder;
    }

    public List<Question> questionsOf(Topic topic) {
        return topicIdToQuestions.getOrDefault(topic.id(), List.of());
    }

    public List<Topic> topicsOf(Family family) {
        return topics.stream().filter(t -> t.family() == family).toList();
    }

    /** Resolves what the user typed after {@code /quiz}: empty = everything, a family id, or a topic id. */
    public Optional<Scope> resolveScope(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || wanted.equals("all")) {
            return Optional.of(Scope.all());
        }
        Optional<Family> family = Family.parse(wanted);
        if (family.isPresent()) {
            return Optional.of(Scope.of(family.get()));
        }
        return topic(wanted).map(Scope::of);
    }

    /** Topics whose id or title contains the text, for suggestions and autocomplete. */
    public List<Topic> searchTopics(String text, int limit) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return topics.stream()
                .filter(t -> t.id().contains(wanted) || t.title().toLowerCase(Locale.ROOT).contains(wanted))
                .limit(limit)
                .toList();
    }

    /** Questions inside a scope, in catalog order. */
    public List<Question> questionsIn(Scope scope) {
        return scopeToQuestions.computeIfAbsent(scope, key -> inOrder.stream().filter(key::contains).toList());
    }
}
