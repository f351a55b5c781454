package com.jobfuture.coach.core.deck;

import com.jobfuture.coach.core.chat.ArgumentSpec;
import com.jobfuture.coach.core.chat.ChatFeature;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.Choice;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.Reply;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * /reload (admins only): reloads the decks, keeping the current ones if the new files have problems, or if they
 * would lose more than {@code maxLossShare} of the questions in use (then the admin sees which, and
 * {@code /reload force} replaces them anyway).
 */
public final class DeckAdminChat implements ChatFeature {
    /** The share of questions a reload may lose without {@code force} when the configuration names none. */
    public static final double DEFAULT_MAX_LOSS = 0.2;
    private static final int SHOWN_PROBLEMS = 10;
    private static final int SHOWN_TOPICS = 8;
    private final DeckRegistry decks;
    private final double maxLossShare;

    public DeckAdminChat(DeckRegistry decks) {
        this(decks, DEFAULT_MAX_LOSS);
    }

    /** {@code maxLossShare}: 0–1, the share of the questions in use a reload may drop unless forced. */
    public DeckAdminChat(DeckRegistry decks, double maxLossShare) {
        if (!(maxLossShare >= 0 && maxLossShare <= 1)) {
            throw new IllegalArgumentException("maxLossShare must be between 0 and 1: " + maxLossShare);
        }
        this.decks = decks;
        this.maxLossShare = maxLossShare;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.of("reload", "/reload [force]", "reload the question decks (admin)")
                .forAccess(CommandSpec.Access.BOT_ADMINS)
                .withArguments(ArgumentSpec.choice("force", "replace the decks even if many questions would go",
                        List.of(new Choice("force", "force")))));
    }

    @Override
    public List<Reply> onCommand(ChatRequest request, String command, String args) {
        String word = args.strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty() && !word.equals("force")) {
            return List.of(Reply.text("Usage: /reload, or /reload force to accept losing many questions."));
        }
        DeckReload reload = decks.reload(maxLossShare, word.equals("force"));
        DeckLoadResult result = reload.loaded();
        if (!result.ok()) {
            return List.of(Reply.text(problems(result.errors())));
        }
        if (!reload.applied()) {
            return List.of(Reply.text("Decks NOT reloaded — the new files lack " + reload.lost().size() + " of the "
                    + reload.before() + " questions in use (" + percent(reload.lostShare()) + "; at most "
                    + percent(maxLossShare) + " may go without force, see reload_max_loss).\n"
                    + "They would lose: " + byTopic(reload.lost()) + ".\n"
                    + "Answers to those questions stay saved, but they would no longer be asked. If that is "
                    + "intended, send /reload force; otherwise check the decks folder (decks lint)."));
        }
        DeckCatalog catalog = decks.catalog();
        int warnings = result.warnings().size();
        return List.of(Reply.text("Decks reloaded: " + catalog.size() + " questions in "
                + catalog.topics().size() + " topics."
                + (reload.lost().isEmpty() ? "" : " Removed " + reload.lost().size() + ": "
                        + byTopic(reload.lost()) + ".")
                + (warnings == 0 ? "" : " " + warnings + " warning(s); run: decks lint")));
    }

    private String problems(List<DeckProblem> errors) {
        String problems = errors.stream().limit(SHOWN_PROBLEMS).map(DeckProblem::toString)
                .collect(Collectors.joining("\n"));
        int more = errors.size() - SHOWN_PROBLEMS;
        return "Decks NOT reloaded — I kept the current ones (" + decks.catalog().size() + " questions). "
                + errors.size() + " problem(s):\n" + problems
                + (more > 0 ? "\n… and " + more + " more (run: decks lint)" : "");
    }

    /** Lost questions counted per topic, the largest first: {@code n-plus-one 3, web-security 1, … 4 more topics}. */
    private static String byTopic(List<Question> lost) {
        Map<String, Long> topicToCount = lost.stream().collect(Collectors.groupingBy(q -> q.topic().id(),
                LinkedHashMap::new, Collectors.counting()));
        List<Map.Entry<String, Long>> largest = topicToCount.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
        String shown = largest.stream().limit(SHOWN_TOPICS).map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        int more = largest.size() - SHOWN_TOPICS;
        return more > 0 ? shown + ", … " + more + " more topic(s)" : shown;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
