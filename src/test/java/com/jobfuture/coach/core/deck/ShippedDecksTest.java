package com.jobfuture.coach.core.deck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads every shipped deck and enforces the coverage rules of the decks issue, reporting all failures at once. */
class ShippedDecksTest {
    /** The 54 topics of the topic map (shared/notes/django-topics.md), by family. */
    static final Map<Family, List<String>> REQUIRED_TOPICS = new EnumMap<>(Map.of(
            Family.PYTHON, List.of("python-decorators-context-managers", "python-iterators-laziness",
                    "python-async-await"),
            Family.FUNDAMENTALS, List.of("request-response-lifecycle", "projects-apps-appconfig", "settings-secrets",
                    "url-routing", "views-fbv-cbv", "middleware", "templates", "forms-validation", "admin",
                    "auth-permissions", "custom-user-model", "sessions-cookies", "static-media-files", "signals",
                    "async-views", "management-commands"),
            Family.ORM, List.of("model-fields", "model-relationships", "model-inheritance",
                    "meta-indexes-constraints", "managers-querysets", "queryset-laziness-caching",
                    "lookups-q-f-expressions", "aggregation-subqueries-windows", "n-plus-one", "loading-less-data",
                    "bulk-operations", "transactions", "locking-races", "migrations-basics",
                    "migrations-large-tables", "raw-sql", "connections-multi-db", "async-orm"),
            Family.APIS, List.of("drf-serializers-validation", "drf-nested-relations", "drf-views-generics",
                    "drf-viewsets-routers", "drf-requests-parsers-renderers", "drf-authentication",
                    "drf-permissions", "drf-throttling", "drf-pagination-filtering", "drf-versioning-errors-schemas"),
            Family.PRODUCTION, List.of("testing", "caching", "performance-profiling", "background-tasks",
                    "deployment-upgrades"),
            Family.SECURITY, List.of("web-security", "password-hashing")));
    static final Path DECKS = Path.of("questions");
    static DeckLoadResult result;

    @BeforeAll
    static void load() {
        result = new DeckLoader().load(List.of(DECKS));
    }

    @Test
    void shippedDecksHaveNoProblems() {
        assertThat(result.problems()).extracting(DeckProblem::toString).isEmpty();
    }

    @Test
    void coverageRulesHold() {
        DeckCatalog catalog = result.catalog();
        List<String> failures = new ArrayList<>();
        int required = 0;
        for (Map.Entry<Family, List<String>> family : REQUIRED_TOPICS.entrySet()) {
            for (String topicId : family.getValue()) {
                required++;
                Topic topic = catalog.topic(topicId).orElse(null);
                if (topic == null) {
                    failures.add(topicId + ": topic missing");
                    continue;
                }
                if (topic.family() != family.getKey()) {
                    failures.add(topicId + ": family is " + topic.family().id() + ", expected " + family.getKey().id());
                }
                List<Question> questions = catalog.questionsOf(topic);
                if (questions.size() < 6) {
                    failures.add(topicId + ": " + questions.size() + " questions, at least 6 needed");
                }
                if (questions.stream().noneMatch(q -> q.level() == Level.JUNIOR)) {
                    failures.add(topicId + ": no junior question");
                }
                if (questions.stream().noneMatch(q -> q.level() != Level.JUNIOR)) {
                    failures.add(topicId + ": no middle or senior question");
                }
            }
        }
        assertThat(required).isEqualTo(54);
        List<Question> all = catalog.questions();
        if (all.size() < 360) {
            failures.add("only " + all.size() + " questions in all, at least 360 needed");
        }
        long choice = all.stream().filter(q -> q instanceof ChoiceQuestion).count();
        if (choice * 100 < all.size() * 40L) {
            failures.add("only " + choice + " of " + all.size() + " questions are choice questions, at least 40% needed");
        }
        for (Question question : all) {
            if (!question.source().matches("https://(docs\\.djangoproject\\.com/en/(5\\.2|6\\.0|dev)/"
                    + "|www\\.django-rest-framework\\.org/|docs\\.python\\.org/3/).*")) {
                failures.add(question.id() + ": source " + question.source() + " is not a current official docs page");
            }
            if (question instanceof OpenQuestion open) {
                long sentences = open.answer().split("(?<=[.!?])\\s+(?=[A-Z`])").length;
                if (sentences > 8) {
                    failures.add(question.id() + ": model answer has " + sentences + " sentences (2-6 wanted)");
                }
            }
        }
        assertThat(failures).as("deck coverage failures").isEmpty();
    }

    /** Issue 10: the correct option must not be a tell; per family at most 30% are the single longest option. */
    @Test
    void correctOptionIsRarelyTheLongestInAnyFamily() {
        Map<Family, List<ChoiceQuestion>> familyToChoices = new EnumMap<>(Family.class);
        for (Question question : result.catalog().questions()) {
            if (question instanceof ChoiceQuestion choice) {
                familyToChoices.computeIfAbsent(choice.topic().family(), f -> new ArrayList<>()).add(choice);
            }
        }
        List<String> failures = new ArrayList<>();
        familyToChoices.forEach((family, choices) -> {
            List<String> longest = DeckQualityRules.correctIsLongest(choices);
            if (longest.size() > 0.30 * choices.size()) {
                failures.add(family.id() + ": correct option is the longest in " + longest.size() + " of "
                        + choices.size() + ": " + longest);
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void everyDeckFileFollowsTheEditorsSchema() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(new ObjectMapper().readTree(DECKS.resolve("deck.schema.json").toFile()));
        Map<String, Set<ValidationMessage>> fileToErrors = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(DECKS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode deck = yaml.readTree(file.toFile());
                Set<ValidationMessage> errors = schema.validate(deck);
                if (!errors.isEmpty()) {
                    fileToErrors.put(file.toString(), errors);
                }
            }
        }
        assertThat(fileToErrors).isEmpty();
    }

    @Test
    void schemaRejectsWhatTheLoaderRejects() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(new ObjectMapper().readTree(DECKS.resolve("deck.schema.json").toFile()));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode bad = yaml.readTree("""
                topic: t
                title: T
                family: orm
                questions:
                  - id: q
                    level: expert
                    kind: open
                    prompt: p
                    source: http://example.com
                    options: [{text: a}]
                """);

        assertThat(schema.validate(bad)).isNotEmpty();
    }
}
