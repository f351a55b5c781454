package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.chat.ArgumentSpec;
import com.jobfuture.coach.core.chat.ChatFeature;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.Choice;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.OptionOrder;
import com.jobfuture.coach.core.deck.TypedOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * /check: a private, adaptive skill check of one area ({@code /check orm}; no area = pick one), {@code /check
 * stop} and {@code /check history}. Its questions are answered with the buttons or by typing a letter or an
 * option's text: while a check question is open, this feature owns the user's free text.
 */
public final class SkillCheckChat implements ChatFeature {
    static final String USAGE = "Usage: /check [area], /check stop or /check history — areas: "
            + String.join(", ", java.util.Arrays.stream(Family.values()).map(Family::id).toList()) + ".";
    private static final Pattern ANSWER = Pattern.compile("check:a:(\\d{1,12}):(\\d{1,2}):(\\d{1,2})");
    private static final Pattern START = Pattern.compile("check:start:([a-z]+)");
    private final SkillCheckService checks;
    private final SkillCheckRenderer renderer;

    public SkillCheckChat(SkillCheckService checks, SkillCheckSettings settings, CheckPolicy policy, ZoneId zone) {
        this.checks = checks;
        this.renderer = new SkillCheckRenderer(zone, policy, settings);
    }

    @Override
    public List<CommandSpec> commands() {
        List<Choice> choices = new ArrayList<>();
        for (Family family : Family.values()) {
            choices.add(new Choice(family.label(), family.id()));
        }
        choices.add(new Choice("Stop the running check", "stop"));
        choices.add(new Choice("My results", "history"));
        return List.of(CommandSpec.of("check", "/check [area|stop|history]",
                        "a short skill check: your level in one area (only you see it)")
                .withArguments(ArgumentSpec.choice("area", "the area to check, or stop / history", choices)));
    }

    @Override
    public List<Reply> onCommand(ChatRequest request, String command, String args) {
        long user = request.userId();
        String word = args.strip().toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return checks.current(user).map(renderer::render).orElseGet(() -> List.of(renderer.picker()));
        }
        if (word.equals("stop")) {
            return renderer.render(checks.stop(user));
        }
        if (word.equals("history")) {
            return List.of(renderer.history(checks.history(user)));
        }
        Optional<Family> family = Family.parse(word);
        if (family.isEmpty()) {
            String shown = word.length() <= 30 ? word : word.substring(0, 30) + "…";
            return List.of(Reply.text("There is no area \"" + shown + "\". " + USAGE));
        }
        return renderer.render(checks.start(user, family.get()));
    }

    @Override
    public Optional<List<Reply>> onAction(ChatRequest request, String action) {
        long user = request.userId();
        Matcher m = ANSWER.matcher(action);
        if (m.matches()) {
            return Optional.of(renderer.render(checks.answer(user, Long.parseLong(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
        }
        m = START.matcher(action);
        if (m.matches()) {
            return Family.parse(m.group(1)).map(family -> renderer.render(checks.start(user, family)));
        }
        return switch (action) {
            case "check:pick" -> Optional.of(onCommand(request, "check", ""));
            case "check:history" -> Optional.of(List.of(renderer.history(checks.history(user))));
            case "check:stop" -> Optional.of(renderer.render(checks.stop(user)));
            default -> Optional.empty();
        };
    }

    /** While a check question is open, a letter or an option's text answers it; other text gets a hint. */
    @Override
    public Optional<List<Reply>> onText(ChatRequest request, String text) {
        return checks.openQuestion(request.userId()).map(pending -> {
            RunningCheck check = pending.check();
            List<AskedItem> items = check.state().items();
            OptionOrder order = new OptionOrder(items.get(items.size() - 1).optionOrder());
            OptionalInt chosen = TypedOption.deckIndex(text, pending.question(), order);
            if (chosen.isEmpty()) {
                return renderer.notAnAnswer(pending);
            }
            return renderer.render(checks.answer(request.userId(), check.checkId(), check.itemNumber(),
                    chosen.getAsInt()));
        });
    }

    @Override
    public Optional<List<Reply>> whereItStands(ChatRequest request) {
        return checks.current(request.userId()).map(renderer::render);
    }
}
