package com.jobfuture.coach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.config.ConfigException;
import com.jobfuture.coach.config.ConfigLoader;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.DeckLoadResult;
import com.jobfuture.coach.core.deck.DeckLoader;
import com.jobfuture.coach.core.deck.OpenQuestion;
import com.jobfuture.coach.core.deck.Question;
import com.jobfuture.coach.core.grading.AnswerGrader;
import com.jobfuture.coach.core.grading.Grade;
import com.jobfuture.coach.core.grading.PointVerdict;
import com.jobfuture.coach.grading.GraderFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code grade}: typed answers as JSON lines on stdin, one verdict line each on stdout, using the configured
 * grader. With {@code --evaluate FILE} or {@code --calibrate FILE} it scores graders on a labelled set instead.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grade typed answers to open questions with the configured grader.",
                "Reads JSON lines {\"question_id\": \"...\", \"text\": \"...\"} on stdin and prints one line per "
                        + "input: {\"covered\": [true, false, ...]} (one flag per key point, in deck order), or "
                        + "{\"error\": \"...\"} for an unknown question. Blank lines are skipped.",
                "Exit status: 0 when every line was a JSON object with a question_id; 1 when some line was not "
                        + "(it still gets an error line); 2 when the configuration or the decks are unusable."})
final class GradeCommand implements Callable<Integer> {
    /** How long grading waits for the semantic model to load: the command exists to use it. */
    static final Duration MODEL_WAIT = Duration.ofMinutes(2);
    private final ObjectMapper json = new ObjectMapper();

    @ParentCommand
    CoachCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--mode", paramLabel = "MODE", description = "Grader to use instead of the configured one: "
            + "semantic, keywords or llm.")
    CoachConfig.GradingMode mode;

    @Option(names = "--reasons", description = "Add the per-point reasons: {\"covered\": [...], \"reasons\": [...]}.")
    boolean reasons;

    @Option(names = "--evaluate", paramLabel = "FILE", description = "Score every grader on a labelled set "
            + "(e.g. grading/labelled-answers.jsonl): precision, recall, F1, paraphrase recall, false credit and "
            + "median time, for each split the file has (calibration, holdout = validation, blind) and all.")
    Path evaluate;

    @Option(names = "--calibrate", paramLabel = "FILE", arity = "1..*", description = "Search the semantic "
            + "grader's thresholds on the tuning splits (calibration, holdout, tuning2; never blind) of one or more "
            + "labelled sets and print the best.")
    List<Path> calibrate;

    @Option(names = "--cross-validate", paramLabel = "FILE", arity = "1..*", description = "Leave-questions-out "
            + "cross-validation of the threshold search over the tuning splits of one or more labelled sets: each "
            + "fold's questions graded with thresholds searched on the other folds.")
    List<Path> crossValidate;

    @Option(names = "--margins", description = "With --cross-validate: cross-validate only the wrong-claim "
            + "margins (authored claims, the choice-option bank, both), the other thresholds as shipped; fast.")
    boolean margins;

    @Option(names = "--folds", paramLabel = "N", defaultValue = "6", description = "Folds for --cross-validate "
            + "(default 6).")
    int folds;

    @Override
    public Integer call() throws IOException {
        if (System.getProperty("coach.stderr.level") == null) {
            System.setProperty("coach.stderr.level", "WARN"); // stdout is the JSON stream; stderr only for trouble
        }
        CoachConfig config;
        try {
            config = new ConfigLoader().load(parent.config(), System.getenv());
        } catch (ConfigException e) {
            System.err.println("Configuration error: " + e.getMessage());
            return 2;
        }
        if (mode != null) {
            config = config.withGrading(new CoachConfig.Grading(mode, config.grading().llm()));
            if (mode == CoachConfig.GradingMode.LLM && config.grading().llm().isEmpty()) {
                System.err.println("--mode llm needs grading.llm.url and grading.llm.model in the configuration");
                return 2;
            }
        }
        DeckLoadResult decks = new DeckLoader().load(List.of(config.decks()));
        if (decks.catalog().size() == 0) {
            System.err.println("No questions could be loaded from " + config.decks()
                    + "; see: java -jar target/interview-coach.jar decks lint");
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (evaluate != null || calibrate != null || crossValidate != null) {
            return new GradingReport(config, decks.catalog(), out).run(evaluate, calibrate, crossValidate, folds, margins);
        }
        try (GraderFactory.Grading grading = GraderFactory.create(config.grading(), MODEL_WAIT, decks::catalog)) {
            return stream(grading.grader(), decks.catalog(), out);
        }
    }

    private int stream(AnswerGrader grader, DeckCatalog catalog, PrintWriter out) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        boolean unusable = false;
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            ObjectNode result = json.createObjectNode();
            Optional<JsonNode> request = parse(line);
            if (request.isEmpty() || !request.get().path("question_id").isTextual()) {
                unusable = true;
                result.put("error", "line " + lineNumber + " is not a JSON object with a \"question_id\" string");
            } else {
                String id = request.get().get("question_id").asText();
                JsonNode text = request.get().path("text");
                Optional<Question> question = catalog.question(id);
                if (question.isEmpty()) {
                    result.put("error", "unknown question id: " + id);
                } else if (!(question.get() instanceof OpenQuestion open)) {
                    result.put("error", id + " is a choice question; only open questions are graded");
                } else if (!text.isMissingNode() && !text.isNull() && !text.isTextual()) {
                    result.put("error", "\"text\" must be a string");
                } else {
                    Grade grade = grader.grade(open, text.isTextual() ? text.asText() : "");
                    grade.covered().forEach(result.putArray("covered")::add);
                    if (reasons) {
                        grade.points().stream().map(PointVerdict::reason).forEach(result.putArray("reasons")::add);
                    }
                }
            }
            out.println(json.writeValueAsString(result));
            out.flush();
        }
        return unusable ? 1 : 0;
    }

    private Optional<JsonNode> parse(String line) {
        try {
            JsonNode node = json.readTree(line);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
