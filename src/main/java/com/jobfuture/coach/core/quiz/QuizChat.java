package com.jobfuture.coach.core.quiz;

import com.jobfuture.coach.core.chat.ChatFeature;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.ArgumentSpec;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.deck.Scope;
import com.jobfuture.coach.core.deck.Topic;
import com.jobfuture.coach.core.deck.TopicSuggestions;
import com.jobfuture.coach.core.review.Rating;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The quiz commands (/quiz, /next, /skip, /stop), their buttons, and typed answers to open questions. */
public final class QuizChat implements ChatFeature {
    private static final Pattern CHOICE = Pattern.compile("quiz:q:(\\d{1,9}):(\\d)");
    private static final Pattern SHOW = Pattern.compile("quiz:show:(\\d{1,9})");
    private static final Pattern SKIP = Pattern.compile("skip:(\\d{1,9})");
    private static final Pattern RATE = Pattern.compile("quiz:rate:(\\d{1,9}):([1-4])");
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
                CommandSpec.of("quiz", "/quiz [topic|family]",
                        "practise questions; I schedule reviews so you remember them")
                        .withArguments(ArgumentSpec.text("topic", "a topic or family, e.g. orm or n-plus-one",
                                CommandSpec.TYPED_MAX_LENGTH).suggestedBy(new TopicSuggestions(decks))),
                CommandSpec.of("next", "/next", "the next question"),
                CommandSpec.of("skip", "/skip", "skip this question"),
                CommandSpec.of("stop", "/stop", "end the quiz"));
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

    @Override
    public Optional<List<Reply>> whereItStands(ChatRequest request) {
        return Optional.of(renderer.render(quiz.next(request.userId())));
    }

    @Override
    public Optional<List<Reply>> onText(ChatRequest request, String text) {
        if (quiz.awaitsTypedAnswer(request.userId())) {
            return Optional.of(renderer.render(quiz.reveal(request.userId(), null, text)));
        }
        return quiz.current(request.userId())
                .filter(current -> current instanceof QuizOutcome.Revealed)
                .map(current -> {
                    List<Reply> replies = new java.util.ArrayList<>();
                    replies.add(Reply.text("Rate how well you knew this one first:"));
                    replies.addAll(renderer.render(current));
                    return replies;
                });
    }

    private List<Reply> startQuiz(ChatRequest request, String args) {
        DeckCatalog catalog = decks.catalog();
        if (catalog.size() == 0) {
            return List.of(Reply.text("No questions are loaded yet. The admin needs to add decks under questions/."));
        }
        Optional<Scope> scope = catalog.resolveScope(args);
        if (scope.isPresent()) {
            return renderer.render(quiz.start(request.userId(), scope.get()));
        }
        List<Topic> similar = catalog.searchTopics(args, 5);
        String suggestions = similar.isEmpty()
                ? "See /topics for the list."
                : "Did you mean: " + similar.stream().map(Topic::id).collect(Collectors.joining(", ")) + "?";
        return List.of(Reply.text("I don't know the topic \"" + shorten(args) + "\". Usage: /quiz [topic|family], "
                + "for example /quiz orm or /quiz n-plus-one. " + suggestions));
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
