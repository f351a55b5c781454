package com.jobfuture.coach.core.deck;

import com.jobfuture.coach.core.chat.ChatFeature;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.Reply;
import java.util.List;
import java.util.stream.Collectors;

/** /reload (admins only): reloads the decks, keeping the current ones if the new files have problems. */
public final class DeckAdminChat implements ChatFeature {
    private static final int SHOWN_PROBLEMS = 10;
    private final DeckRegistry decks;

    public DeckAdminChat(DeckRegistry decks) {
        this.decks = decks;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.of("reload", "/reload", "reload the question decks (admin)")
                .forAccess(CommandSpec.Access.BOT_ADMINS));
    }

    @Override
    public List<Reply> onCommand(ChatRequest request, String command, String args) {
        DeckLoadResult result = decks.reload();
        if (result.ok()) {
            DeckCatalog catalog = decks.catalog();
            int warnings = result.warnings().size();
            return List.of(Reply.text("Decks reloaded: " + catalog.size() + " questions in "
                    + catalog.topics().size() + " topics." + (warnings == 0 ? ""
                    : " " + warnings + " warning(s); run: decks lint")));
        }
        List<DeckProblem> errors = result.errors();
        String problems = errors.stream().limit(SHOWN_PROBLEMS).map(DeckProblem::toString)
                .collect(Collectors.joining("\n"));
        int more = errors.size() - SHOWN_PROBLEMS;
        return List.of(Reply.text("Decks NOT reloaded — I kept the current ones (" + decks.catalog().size()
                + " questions). " + errors.size() + " problem(s):\n" + problems
                + (more > 0 ? "\n… and " + more + " more (run: decks lint)" : "")));
    }
}
