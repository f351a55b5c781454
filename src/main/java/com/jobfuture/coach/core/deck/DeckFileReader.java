package com.jobfuture.coach.core.deck;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Validates one composed deck file and turns it into questions, recording each problem with its line and field. */
final class DeckFileReader {
    static final Set<String> SOURCE_HOSTS =
            Set.of("docs.djangoproject.com", "www.django-rest-framework.org", "docs.python.org");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+");
    private static final Set<String> FILE_KEYS = Set.of("topic", "title", "family", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "level", "kind", "prompt", "source", "since",
            "tags", "answer", "key_points", "options", "explanation");
    private static final Set<String> OPEN_ONLY = Set.of("answer", "key_points");
    private static final Set<String> CHOICE_ONLY = Set.of("options", "explanation");

    record ParsedQuestion(Question question, int line) {
    }

    record ParsedDeck(Topic topic, int topicLine, List<ParsedQuestion> questions) {
    }

    private final String file;
    private final List<DeckProblem> problems;
    private final DeckQualityRules rules = new DeckQualityRules();

    DeckFileReader(String file, List<DeckProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    ParsedDeck read(Node root) {
        Map<String, Node> fields = mapping(root, "deck", FILE_KEYS);
        if (fields == null) {
            return null;
        }
        String topicId = requiredText(fields, root, "topic", "topic");
        if (topicId != null && !ID.matcher(topicId).matches()) {
            problem(fields.get("topic"), "topic: '" + topicId + "' must be lowercase-with-dashes");
            topicId = null;
        }
        String title = requiredText(fields, root, "title", "title");
        String familyText = requiredText(fields, root, "family", "family");
        Family family = null;
        if (familyText != null) {
            family = Family.parse(familyText).orElse(null);
            if (family == null) {
                problem(fields.get("family"), "family: '" + familyText + "' is not one of " + familyIds());
            }
        }
        Node questionsNode = fields.get("questions");
        if (questionsNode == null) {
            problem(root, "questions: required field is missing");
            return null;
        }
        if (!(questionsNode instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problem(questionsNode, "questions: must be a non-empty list of questions");
            return null;
        }
        boolean headerValid = topicId != null && title != null && family != null;
        // An invalid header still lets every question be checked, so all problems are reported at once.
        Topic topic = headerValid ? new Topic(topicId, title, family) : new Topic("invalid", "invalid", Family.ORM);
        List<ParsedQuestion> questions = new ArrayList<>();
        Set<String> idsInFile = new HashSet<>();
        int index = 0;
        for (Node node : sequence.getValue()) {
            String where = "questions[" + index++ + "]";
            ParsedQuestion parsed = question(node, where, topic);
            if (parsed != null) {
                if (!idsInFile.add(parsed.question().id())) {
                    problem(node, where + ".id: duplicate question id '" + parsed.question().id() + "' in this file");
                } else {
                    questions.add(parsed);
                }
            }
        }
        List<ChoiceQuestion> choices = questions.stream().map(ParsedQuestion::question)
                .filter(ChoiceQuestion.class::isInstance).map(ChoiceQuestion.class::cast).toList();
        rules.lengthBiasProblem(choices).ifPresent(message -> problems.add(
                DeckProblem.warning(file, line(questionsNode), "questions: " + message)));
        return headerValid ? new ParsedDeck(topic, line(fields.get("topic")), questions) : null;
    }

    private ParsedQuestion question(Node node, String where, Topic topic) {
        Map<String, Node> fields = mapping(node, where, QUESTION_KEYS);
        if (fields == null) {
            return null;
        }
        int problemsBefore = problems.size();
        String id = requiredText(fields, node, "id", where + ".id");
        if (id != null) {
            where = where + " (" + id + ")";
            if (!ID.matcher(id).matches()) {
                problem(fields.get("id"), where + ".id: '" + id + "' must be lowercase-with-dashes");
            }
        }
        Level level = null;
        String levelText = requiredText(fields, node, "level", where + ".level");
        if (levelText != null) {
            level = Level.parse(levelText).orElse(null);
            if (level == null) {
                problem(fields.get("level"), where + ".level: '" + levelText + "' is not one of junior, middle, senior");
            }
        }
        String kind = requiredText(fields, node, "kind", where + ".kind");
        if (kind != null && !kind.equals("open") && !kind.equals("choice")) {
            problem(fields.get("kind"), where + ".kind: '" + kind + "' is not one of open, choice");
            kind = null;
        }
        String prompt = requiredText(fields, node, "prompt", where + ".prompt");
        String source = requiredText(fields, node, "source", where + ".source");
        if (source != null) {
            checkSource(fields.get("source"), where, source);
        }
        Optional<String> since = Optional.empty();
        if (fields.containsKey("since")) {
            String version = text(fields.get("since"), where + ".since");
            if (version != null && !VERSION.matcher(version).matches()) {
                problem(fields.get("since"), where + ".since: '" + version + "' must be a version such as \"5.0\"");
            } else if (version != null) {
                since = Optional.of(version);
            }
        }
        List<String> tags = fields.containsKey("tags") ? textList(fields.get("tags"), where + ".tags") : List.of();
        if (kind == null) {
            return null;
        }
        Set<String> wrongKind = kind.equals("open") ? CHOICE_ONLY : OPEN_ONLY;
        for (String key : wrongKind) {
            if (fields.containsKey(key)) {
                problem(fields.get(key), where + "." + key + ": only " + (kind.equals("open") ? "choice" : "open")
                        + " questions have this field");
            }
        }
        Question question;
        if (kind.equals("open")) {
            String answer = requiredText(fields, node, "answer", where + ".answer");
            List<Node> pointNodes = new ArrayList<>();
            List<KeyPoint> keyPoints = keyPoints(fields.get("key_points"), node, where, pointNodes);
            if (answer != null && prompt != null) {
                checkKeyPointQuality(keyPoints, pointNodes, where, answer, prompt);
            }
            if (problems.size() > problemsBefore) {
                return null;
            }
            question = new OpenQuestion(id, topic, level, prompt, answer, keyPoints, source, since, tags);
        } else {
            List<ChoiceOption> options = options(fields.get("options"), node, where);
            String explanation = requiredText(fields, node, "explanation", where + ".explanation");
            if (problems.size() > problemsBefore) {
                return null;
            }
            question = new ChoiceQuestion(id, topic, level, prompt, options, explanation, source, since, tags);
        }
        return new ParsedQuestion(question, line(node));
    }

    private void checkKeyPointQuality(List<KeyPoint> keyPoints, List<Node> pointNodes, String where, String answer,
                                      String prompt) {
        for (int i = 0; i < keyPoints.size(); i++) {
            String at = where + ".key_points[" + i + "] (" + keyPoints.get(i).point() + ")";
            Node pointNode = pointNodes.get(i);
            rules.answerProblem(keyPoints.get(i), answer).ifPresent(m -> problem(pointNode, at + ": " + m));
            rules.promptProblem(keyPoints.get(i), prompt).ifPresent(m -> problem(pointNode, at + ": " + m));
            for (String claim : keyPoints.get(i).wrong()) {
                rules.wrongClaimConflict(claim, keyPoints, answer)
                        .ifPresent(m -> problem(pointNode, at + ".wrong: " + m));
            }
        }
    }

    private List<KeyPoint> keyPoints(Node node, Node parent, String where, List<Node> pointNodes) {
        String field = where + ".key_points";
        if (node == null) {
            problem(parent, field + ": required field is missing");
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, field + ": must be a list of {point, match, wrong}");
            return List.of();
        }
        int count = sequence.getValue().size();
        if (count < 2 || count > 5) {
            problem(node, field + ": has " + count + " points; an open question needs 2 to 5");
        }
        List<KeyPoint> points = new ArrayList<>();
        int index = 0;
        for (Node item : sequence.getValue()) {
            String at = field + "[" + index++ + "]";
            Map<String, Node> fields = mapping(item, at, Set.of("point", "match", "wrong"));
            if (fields == null) {
                continue;
            }
            String point = requiredText(fields, item, "point", at + ".point");
            List<String> match = List.of();
            if (!fields.containsKey("match")) {
                problem(item, at + ".match: required field is missing");
            } else {
                match = textList(fields.get("match"), at + ".match");
                if (match.isEmpty() || match.size() > 8) {
                    problem(fields.get("match"), at + ".match: needs 1 to 8 phrases");
                }
                for (String phrase : match) {
                    rules.phraseProblem(phrase).ifPresent(m -> problem(fields.get("match"), at + ".match: " + m));
                }
            }
            List<String> wrong = List.of();
            if (fields.containsKey("wrong")) {
                wrong = textList(fields.get("wrong"), at + ".wrong");
                if (wrong.isEmpty() || wrong.size() > DeckQualityRules.MAX_WRONG_CLAIMS) {
                    problem(fields.get("wrong"), at + ".wrong: needs 1 to " + DeckQualityRules.MAX_WRONG_CLAIMS
                            + " claims (leave the field out when there are none)");
                }
                for (String claim : wrong) {
                    rules.wrongClaimProblem(claim, wrong).ifPresent(m -> problem(fields.get("wrong"), at + ".wrong: " + m));
                }
            }
            if (point != null) {
                points.add(new KeyPoint(point, match.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList(), wrong));
                pointNodes.add(item);
            }
        }
        return points;
    }

    private List<ChoiceOption> options(Node node, Node parent, String where) {
        String field = where + ".options";
        if (node == null) {
            problem(parent, field + ": required field is missing");
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, field + ": must be a list of {text, correct, why}");
            return List.of();
        }
        int count = sequence.getValue().size();
        if (count < 2 || count > 6) {
            problem(node, field + ": has " + count + " options; a choice question needs 2 to 6");
        }
        List<ChoiceOption> options = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        int correct = 0;
        int index = 0;
        for (Node item : sequence.getValue()) {
            String at = field + "[" + index++ + "]";
            Map<String, Node> fields = mapping(item, at, Set.of("text", "correct", "why"));
            if (fields == null) {
                continue;
            }
            String text = requiredText(fields, item, "text", at + ".text");
            boolean isCorrect = false;
            if (fields.containsKey("correct")) {
                String flag = text(fields.get("correct"), at + ".correct");
                if ("true".equals(flag)) {
                    isCorrect = true;
                } else if (flag != null && !"false".equals(flag)) {
                    problem(fields.get("correct"), at + ".correct: must be true or false");
                }
            }
            String why = fields.containsKey("why") ? text(fields.get("why"), at + ".why") : null;
            if (text != null && !texts.add(text.trim())) {
                problem(item, at + ".text: duplicate option '" + text + "'");
            }
            if (isCorrect) {
                correct++;
            }
            if (text != null) {
                options.add(new ChoiceOption(text, isCorrect, why == null ? "" : why));
            }
        }
        if (correct != 1) {
            problem(node, field + ": " + correct + " options are marked correct: true; exactly one must be");
        }
        return options;
    }

    private void checkSource(Node node, String where, String source) {
        try {
            URI uri = new URI(source);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null || !SOURCE_HOSTS.contains(uri.getHost())) {
                problem(node, where + ".source: '" + source + "' must be an https link to the official docs ("
                        + String.join(", ", new java.util.TreeSet<>(SOURCE_HOSTS)) + ")");
            }
        } catch (URISyntaxException e) {
            problem(node, where + ".source: '" + source + "' is not a valid URL");
        }
    }

    private Map<String, Node> mapping(Node node, String where, Set<String> allowed) {
        if (!(node instanceof MappingNode mappingNode)) {
            problem(node, where + ": must be a mapping of fields");
            return null;
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mappingNode.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problem(tuple.getKeyNode(), where + ": keys must be plain names");
                continue;
            }
            if (!allowed.contains(key.getValue())) {
                problem(key, where + "." + key.getValue() + ": unknown field (known: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
                continue;
            }
            fields.put(key.getValue(), tuple.getValueNode());
        }
        return fields;
    }

    private String requiredText(Map<String, Node> fields, Node parent, String key, String field) {
        Node node = fields.get(key);
        if (node == null) {
            problem(parent, field + ": required field is missing");
            return null;
        }
        return text(node, field);
    }

    private String text(Node node, String field) {
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, field + ": must be text");
            return null;
        }
        String value = scalar.getValue();
        if (value == null || value.isBlank() || scalar.getTag().getValue().endsWith(":null")) {
            problem(node, field + ": must not be empty");
            return null;
        }
        return value.strip();
    }

    private List<String> textList(Node node, String field) {
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, field + ": must be a list");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String value = text(item, field);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private void problem(Node node, String message) {
        problems.add(new DeckProblem(file, line(node), message));
    }

    private static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String familyIds() {
        List<String> ids = new ArrayList<>();
        for (Family family : Family.values()) {
            ids.add(family.id());
        }
        return String.join(", ", ids);
    }
}
