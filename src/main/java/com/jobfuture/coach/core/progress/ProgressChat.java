package com.jobfuture.coach.core.progress;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.ChatFeature;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.ArgumentSpec;
import com.jobfuture.coach.core.chat.Choice;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.chat.SecretRef;
import com.jobfuture.coach.core.chat.Texts;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * /progress and /topics: a user's private progress (with a PNG card from {@link ProgressCards}) and the topic
 * list with their mastery.
 */
public final class ProgressChat implements ChatFeature {
    private final ProgressService progress;
    private final DeckRegistry decks;
    private final ProgressCards cards;

    public ProgressChat(ProgressService progress, DeckRegistry decks) {
        this(progress, decks, ProgressCards.none());
    }

    public ProgressChat(ProgressService progress, DeckRegistry decks, ProgressCards cards) {
        this.progress = progress;
        this.decks = decks;
        this.cards = cards;
    }

    @Override
    public List<CommandSpec> commands() {
        List<Choice> families = new ArrayList<>();
        for (Family family : Family.values()) {
            families.add(new Choice(family.label(), family.id()));
        }
        return List.of(
                CommandSpec.of("topics", "/topics [family]", "topics and your mastery of each")
                        .withArguments(ArgumentSpec.choice("family", "only the topics of one family", families))
                        .showingState(),
                CommandSpec.of("progress", "/progress", "your progress (only you can see it)").showingState());
    }

    @Override
    public List<Reply> onCommand(ChatRequest request, String command, String args) {
        if (command.equals("progress")) {
            return args.isEmpty() ? List.of(progress(request))
                    : List.of(Reply.text("/progress takes no arguments. Usage: /progress"));
        }
        if (args.isEmpty()) {
            return List.of(topics(request, null));
        }
        Optional<Family> family = Family.parse(args);
        if (family.isEmpty()) {
            return List.of(Reply.text("Usage: /topics [family] — families: " + familyIds() + "."));
        }
        return List.of(topics(request, family.get()));
    }

    @Override
    public Optional<List<Reply>> onAction(ChatRequest request, String action) {
        if (action.equals("progress")) {
            return Optional.of(List.of(progress(request)));
        }
        if (action.equals("topics")) {
            return Optional.of(List.of(topics(request, null)));
        }
        if (action.startsWith("topics:")) {
            return Optional.of(List.of(topics(request, Family.parse(action.substring(7)).orElse(null))));
        }
        return Optional.empty();
    }

    private Reply progress(ChatRequest request) {
        return progress(request.userId());
    }

    /** The progress text with its card (a person's data: confidential, named so a restart can render it again). */
    private Reply progress(long userId) {
        Reply text = progressText(userId);
        return cards.card(userId).map(card -> text.withAttachment(card)
                .asSecret(SecretRef.ofUser(SecretRef.PROGRESS, userId))).orElse(text);
    }

    /** After a restart cut off the progress card: rendered again from the database as it is now. */
    @Override
    public Optional<Reply> reissue(SecretRef secret) {
        return secret.kind().equals(SecretRef.PROGRESS) ? Optional.of(progress(secret.userId())) : Optional.empty();
    }

    private Reply progressText(long userId) {
        ProgressReport report = progress.report(userId);
        StringBuilder text = new StringBuilder("Your progress · ").append(report.answered()).append(" answered · ")
                .append(report.dueToday()).append(" due today · ")
                .append(Texts.plural(report.streakDays(), "day")).append(" streak\n");
        for (Family family : Family.values()) {
            AreaStats stats = report.families().get(family);
            if (stats != null) {
                text.append(Texts.pad(family.label(), 13)).append(' ').append(Texts.bar(stats.mastery())).append(' ')
                        .append(figures(stats)).append('\n');
            }
        }
        if (!report.weakestTopics().isEmpty()) {
            text.append("Weakest topics: ").append(report.weakestTopics().stream().map(Topic::title)
                    .collect(Collectors.joining(", "))).append(".\n");
        }
        if (report.answered() == 0) {
            text.append("Nothing answered yet — start with /quiz.\n");
        }
        text.append("Mastery: how likely you are to recall an area's questions a week from now (unseen ones count "
                + "as 0). Seen: questions answered at least once. Right: your last answers there (up to "
                + MasteryModel.RECENT_ANSWERS + "). Only you can see this.");
        List<Button> buttons = new ArrayList<>();
        buttons.add(new Button("quiz:all", report.dueToday() > 0 ? "Review due (" + report.dueToday() + ")" : "Quiz"));
        if (!report.weakestTopics().isEmpty()) {
            buttons.add(new Button("quiz:topic:" + report.weakestTopics().get(0).id(), "Drill weakest"));
        }
        return Reply.withButtons(text.toString(), buttons);
    }

    private Reply topics(ChatRequest request, Family only) {
        DeckCatalog catalog = decks.catalog();
        if (catalog.size() == 0) {
            return Reply.text("No questions are loaded yet.");
        }
        ProgressReport report = progress.report(request.userId());
        StringBuilder text = new StringBuilder(only == null ? "Topics · your mastery\n" : only.label() + " topics\n");
        for (Family family : Family.values()) {
            List<Topic> topics = catalog.topicsOf(family);
            if (topics.isEmpty() || (only != null && family != only)) {
                continue;
            }
            text.append('\n').append(family.label()).append(" (/quiz ").append(family.id()).append(") ")
                    .append(figures(report.families().getOrDefault(family, AreaStats.unseen(0)))).append('\n');
            for (Topic topic : topics) {
                AreaStats stats = report.topics().getOrDefault(topic,
                        AreaStats.unseen(catalog.questionsOf(topic).size()));
                text.append("  ").append(topic.id()).append(" · ").append(figures(stats)).append('\n');
            }
        }
        text.append("\nMastery: recall a week from now; seen: questions answered; right: your last answers (see "
                + "/progress). Start with /quiz <topic> or /quiz <family>, add a level (junior, middle, senior) to "
                + "focus.");
        List<Button> buttons = new ArrayList<>();
        if (only != null) {
            buttons.add(new Button("quiz:family:" + only.id(), "Quiz " + only.label()));
        } else {
            buttons.add(new Button("quiz:all", "Quiz everything"));
        }
        return Reply.withButtons(text.toString(), buttons);
    }

    /** {@code 61% · seen 12/90 · right 15/20}: mastery, coverage and (if any) recent accuracy. */
    static String figures(AreaStats stats) {
        String text = Texts.percent(stats.mastery()) + " · seen " + stats.seen() + "/" + stats.total();
        return stats.recentAnswers() == 0 ? text
                : text + " · right " + stats.recentRight() + "/" + stats.recentAnswers();
    }

    private static String familyIds() {
        List<String> ids = new ArrayList<>();
        for (Family family : Family.values()) {
            ids.add(family.id());
        }
        return String.join(", ", ids);
    }
}
