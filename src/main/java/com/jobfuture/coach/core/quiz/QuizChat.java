package com.jobfuture.coach.core.quiz;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.ChatFeature;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.Choice;
import com.jobfuture.coach.core.chat.ArgumentSpec;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.deck.Scope;
import com.jobfuture.coach.core.deck.Topic;
import com.jobfuture.coach.core.deck.TopicSuggestions;
import com.jobfuture.coach.core.review.Rating;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The quiz commands (/quiz, /next, /skip, /stop), their buttons, and typed answers while a quiz runs. */
public final class QuizChat implements ChatFeature {
    private static final Pattern CHOICE = Pattern.compile("quiz:q:(\\d{1,9}):(\\d)");
    private static final Pattern SHOW = Pattern.compile("quiz:show:(\\d{1,9})");
    private static final Pattern SKIP = Pattern.compile("skip:(\\d{1,9})");
    private static final Pattern RATE = Pattern.compile("quiz:rate:(\\d{1,9}):([1-4])");
    private static final String USAGE = "/quiz [topic|family] [junior|middle|senior]";
    private final QuizService quiz;
    private final DeckRegistry decks;
    private final QuizRenderer renderer;

    public QuizChat(QuizService quiz, DeckRegistry decks, Clock clock) {
        this.quiz = quiz;
        this.decks = decks;
        this.renderer = new QuizRenderer(clock);
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                CommandSpec.of("quiz", USAGE, "practise questions; I schedule reviews so you remember them")
                        .withArguments(ArgumentSpec.text("topic", "a topic or family, e.g. orm or n-plus-one",
                                CommandSpec.TYPED_MAX_LENGTH).suggestedBy(new TopicSuggestions(decks)),
                                ArgumentSpec.choice("level", "only questions of one level", levelChoices())),
                CommandSpec.of("next", "/next", "the next question"),
                CommandSpec.of("skip", "/skip", "skip this question"),
                CommandSpec.of("stop", "/stop", "end the quiz"));
    }

    private static List<Choice> levelChoices() {
        List<Choice> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            levels.add(new Choice(level.id(), level.id()));
        }
        return levels;
    }

    @Override
    public List<Reply> onCommand(ChatRequest request, String command, String args) {
        return switch (command) {
            case "quiz" -> startQuiz(request, args);
            case "next" -> noArgs(command, args).orElseGet(() -> renderer.render(quiz.next(request.userId())));
            case "skip" -> noArgs(command, args).orElseGet(() -> renderer.render(quiz.skip(request.userId(), null)));
            case "stop" -> noArgs(command, args).orElseGet(() -> renderer.render(quiz.stop(request.userId())));
            default -> throw new IllegalArgumentException(command);
        };
    }

    @Override
    public Optional<List<Reply>> onAction(ChatRequest request, String action) {
        long user = request.userId();
        if (action.equals("next")) {
            return Optional.of(renderer.render(quiz.next(user)));
        }
        if (action.equals("stop")) {
            return Optional.of(renderer.render(quiz.stop(user)));
        }
        Matcher m;
        if ((m = CHOICE.matcher(action)).matches()) {
            return Optional.of(renderer.render(
                    quiz.answerChoice(user, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
        }
        if ((m = SHOW.matcher(action)).matches()) {
            return Optional.of(renderer.render(quiz.reveal(user, Integer.parseInt(m.group(1)), null)));
        }
        if ((m = SKIP.matcher(action)).matches()) {
            return Optional.of(renderer.render(quiz.skip(user, Integer.parseInt(m.group(1)))));
        }
        if ((m = RATE.matcher(action)).matches()) {
            Rating rating = Rating.values()[Integer.parseInt(m.group(2)) - 1];
            return Optional.of(renderer.render(quiz.rate(user, Integer.parseInt(m.group(1)), rating)));
        }
        if (action.startsWith("quiz:")) {
            DeckCatalog catalog = decks.catalog();
            return Optional.of(renderer.render(quiz.start(user, Scope.fromKey(action.substring(5), catalog))));
        }
        return Optional.empty();
    }

    /**
     * While a quiz runs it owns free text: an open question takes it as the typed answer, a choice question as a
     * letter or option text (anything else gets a hint with the buttons again), a revealed answer asks for the
     * rating, and between questions the way on is offered.
     */
    @Override
    public Optional<List<Reply>> whereItStands(ChatRequest request) {
        return Optional.of(renderer.render(quiz.next(request.userId())));
    }

    @Override
    public Optional<List<Reply>> onText(ChatRequest request, String text) {
        long user = request.userId();
        if (quiz.awaitsTypedAnswer(user)) {
            return Optional.of(renderer.render(quiz.reveal(user, null, text)));
        }
        Optional<QuizOutcome> typed = quiz.answerTyped(user, text);
        if (typed.isPresent()) {
            return Optional.of(renderer.render(typed.get()));
        }
        Optional<QuizOutcome> current = quiz.current(user);
        if (current.isPresent() && current.get() instanceof QuizOutcome.Pending pending
                && pending.question() instanceof ChoiceQuestion choice) {
            return Optional.of(List.of(renderer.typedHint(pending.session(), choice)));
        }
        if (current.isPresent() && current.get() instanceof QuizOutcome.Revealed) {
            List<Reply> replies = new ArrayList<>();
            replies.add(Reply.text("Rate how well you knew this one first:"));
            replies.addAll(renderer.render(current.get()));
            return Optional.of(replies);
        }
        if (quiz.active(user)) {
            return Optional.of(List.of(Reply.withButtons("Press Next for the next question, or Stop to end the "
                    + "quiz.", List.of(new Button("next", "Next"), new Button("stop", "Stop")))));
        }
        return Optional.empty();
    }

    private List<Reply> startQuiz(ChatRequest request, String args) {
        DeckCatalog catalog = decks.catalog();
        if (catalog.size() == 0) {
            return List.of(Reply.text("No questions are loaded yet. The admin needs to add decks under questions/."));
        }
        List<String> words = new ArrayList<>(List.of(args.isBlank() ? new String[0] : args.strip().split("\\s+")));
        List<Level> levels = new ArrayList<>();
        words.removeIf(word -> Level.parse(word).map(levels::add).orElse(false));
        if (levels.size() > 1 || words.size() > 1) {
            return List.of(Reply.text("Give at most one topic or family and one level. Usage: " + USAGE
                    + ", for example /quiz orm senior or /quiz junior."));
        }
        String where = words.isEmpty() ? "" : words.get(0);
        Optional<Scope> scope = catalog.resolveScope(where);
        if (scope.isEmpty()) {
            List<Topic> similar = catalog.searchTopics(where, 5);
            String suggestions = similar.isEmpty()
                    ? "See /topics for the list."
                    : "Did you mean: " + similar.stream().map(Topic::id).collect(Collectors.joining(", ")) + "?";
            return List.of(Reply.text("I don't know the topic \"" + shorten(where) + "\". Usage: " + USAGE
                    + ", for example /quiz orm, /quiz n-plus-one or /quiz orm senior. " + suggestions));
        }
        QuizScope quizScope = new QuizScope(scope.get(), levels.stream().findFirst());
        if (quizScope.level().isPresent() && quizScope.questions(catalog).isEmpty()) {
            return List.of(Reply.text("There are no " + quizScope.level().get().id() + " questions in "
                    + scope.get().label() + ". Try /quiz " + (where.isEmpty() ? "" : where + " ")
                    + "with another level, or without one."));
        }
        return renderer.render(quiz.start(request.userId(), quizScope));
    }

    private static Optional<List<Reply>> noArgs(String command, String args) {
        if (args.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(List.of(Reply.text("/" + command + " takes no arguments. Usage: /" + command)));
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }
}
