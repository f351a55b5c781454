package com.jobfuture.coach.core.plan;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.ChatFeature;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.chat.Texts;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.settings.UserSettings;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** /plan: the pace towards the user's interview date, weakest topics first with their docs. Private. */
public final class PlanChat implements ChatFeature {
    private static final int TOPICS_SHOWN = 5;
    /** Topic titles on buttons are cut to this length (Discord allows 80 characters per label). */
    private static final int BUTTON_TITLE = 32;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private final PlanService plans;

    public PlanChat(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.of("plan", "/plan", "a daily pace to your interview date (set it in /settings)"));
    }

    @Override
    public List<Reply> onCommand(ChatRequest request, String command, String args) {
        if (!args.isEmpty()) {
            return List.of(Reply.text("/plan takes no arguments; it uses your /settings (interview date, areas, "
                    + "level). Usage: /plan"));
        }
        return List.of(plan(request.userId()));
    }

    @Override
    public Optional<List<Reply>> onAction(ChatRequest request, String action) {
        return action.equals("plan") ? Optional.of(List.of(plan(request.userId()))) : Optional.empty();
    }

    private Reply plan(long userId) {
        PlanService.Outcome outcome = plans.planFor(userId);
        if (outcome instanceof PlanService.Outcome.NoInterview none) {
            return Reply.withButtons("Tell me when your interview is and I'll work out a daily pace that covers "
                    + scope(none.settings()) + " before then, weakest topics first:\n/settings interview 2027-03-01",
                    List.of(new Button("settings", "Settings")));
        }
        if (outcome instanceof PlanService.Outcome.Passed passed) {
            return Reply.withButtons("Your interview date (" + passed.interview() + ") has passed — I hope it went "
                    + "well! Another one coming? /settings interview YYYY-MM-DD", List.of(new Button("quiz:all",
                    "Keep practising")));
        }
        if (outcome instanceof PlanService.Outcome.Today today) {
            List<TopicStep> practised = today.topics().stream().filter(t -> t.mastery().isPresent())
                    .limit(TOPICS_SHOWN).toList();
            return Reply.withButtons("Your interview is today — good luck! Nothing new now; if you have a few "
                    + "minutes, glance over your weakest topics:\n" + topicLines(practised),
                    List.of(new Button("quiz:all", "Review a little")));
        }
        PlanService.Outcome.Planned planned = (PlanService.Outcome.Planned) outcome;
        return render(planned.plan(), planned.settings());
    }

    private Reply render(StudyPlan plan, UserSettings settings) {
        StringBuilder text = new StringBuilder("Your plan · interview ").append(plan.interview()).append(" (in ")
                .append(Texts.plural(plan.daysLeft(), "day")).append(") · ").append(scope(settings)).append('\n');
        if (plan.topics().isEmpty()) {
            return Reply.withButtons(text + "No questions match these areas and level yet. Change them with "
                    + "/settings areas all or /settings level any.", List.of(new Button("settings", "Settings")));
        }
        if (plan.newTotal() == 0) {
            text.append("• You've started every question here. Until then: reviews only.\n");
        } else {
            text.append("• ").append(Texts.plural(plan.newPerDay(), "new question")).append(" a day");
            if (plan.reviewOnlyDays() > 0) {
                text.append(" for ").append(Texts.plural(plan.newDays(), "day")).append(", then ")
                        .append(Texts.plural(plan.reviewOnlyDays(), "day")).append(" of reviews only");
            }
            text.append(" — ").append(Texts.plural(plan.newTotal(), "new question"))
                    .append(plan.newTotal() == 1 ? " covers " : " cover ")
                    .append(Texts.plural(plan.topics().size(), "topic")).append(".\n");
        }
        long average = Math.round(plan.averageReviews());
        text.append("• Reviews (estimated from FSRS intervals): about ").append(average).append(" a day, at most ")
                .append(Math.round(plan.peakReviews())).append(" (").append(DAY.format(plan.today()
                        .plusDays(plan.peakDay()))).append(").\n");
        text.append("• Time: about ").append(Texts.plural(Math.max(1, plan.averageMinutes()), "minute"))
                .append(" a day. In the last ").append(RetentionPolicy.RAMP_DAYS).append(" days I bring answers back "
                        + "sooner, so they're fresh on the day.\n");
        if (settings.dailyGoal().isPresent()) {
            int goal = settings.dailyGoal().getAsInt();
            long needed = plan.newPerDay() + average;
            text.append("• Your daily goal: ").append(Texts.plural(goal, "question"))
                    .append("; this plan asks about ").append(needed)
                    .append(needed > goal ? " — raise the goal or narrow the areas (/settings areas)." : " — it fits.")
                    .append('\n');
        }
        List<TopicStep> order = plan.topics().stream().filter(t -> t.newQuestions() > 0 || t.mastery().isPresent())
                .toList();
        text.append("Weakest first:\n").append(topicLines(order.stream().limit(TOPICS_SHOWN).toList()));
        if (order.size() > TOPICS_SHOWN) {
            text.append("… then ").append(Texts.plural(order.size() - TOPICS_SHOWN, "more topic")).append(".\n");
        }
        List<Button> buttons = new ArrayList<>();
        order.stream().findFirst().ifPresent(first -> buttons.add(new Button("quiz:topic:" + first.topic().id(),
                "Start: " + shorten(first.topic().title(), BUTTON_TITLE))));
        buttons.add(new Button("settings", "Settings"));
        return Reply.withButtons(text.toString().stripTrailing(), buttons);
    }

    private static String topicLines(List<TopicStep> steps) {
        StringBuilder lines = new StringBuilder();
        int number = 1;
        for (TopicStep step : steps) {
            lines.append(number++).append(". ").append(step.topic().title()).append(" (")
                    .append(step.topic().family().label()).append(") · ")
                    .append(step.mastery().isPresent() ? Texts.percent(step.mastery().getAsDouble()) + " mastery"
                            : "not started")
                    .append(step.newQuestions() > 0 ? " · " + step.newQuestions() + " new" : "")
                    .append(" — ").append(step.docsUrl()).append('\n');
        }
        return lines.toString();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    private static String scope(UserSettings settings) {
        String areas = settings.areas().isEmpty() || settings.areas().size() == Family.values().length ? "all areas"
                : settings.areas().stream().sorted().map(Family::label).collect(Collectors.joining(", "));
        return areas + settings.targetLevel().map(l -> ", up to " + l.id()).orElse(", every level");
    }
}
