package com.jobfuture.coach.core.settings;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.ChatFeature;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.common.TimeZones;
import com.jobfuture.coach.core.notify.PrivateAddress;
import com.jobfuture.coach.core.notify.PrivateMessengers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * /settings: shows a user's settings with buttons, and changes one per typed form ({@link SettingsParser}) or
 * button ({@code settings:…} actions). Every change is saved before it is confirmed; replies go to the user only.
 */
public final class SettingsChat implements ChatFeature {
    /** The action of the reminders' one-tap "turn off" button. */
    public static final String REMINDERS_OFF = "settings:reminders:off";
    private static final String REMINDERS_ON = "settings:reminders:on";
    private static final String ZONE_PICKER = "settings:tz";
    private static final String SET_ZONE = "settings:tz:";
    private final SettingsService settings;
    private final PrivateMessengers messengers;
    private final Clock clock;
    private final List<SettingsLine> moreLines;
    private final SettingsParser parser = new SettingsParser();

    public SettingsChat(SettingsService settings, PrivateMessengers messengers, Clock clock) {
        this(settings, messengers, clock, List.of());
    }

    /** The same, with lines other features add to /settings ({@code moreLines}, after the reminders). */
    public SettingsChat(SettingsService settings, PrivateMessengers messengers, Clock clock,
                        List<SettingsLine> moreLines) {
        this.settings = settings;
        this.messengers = messengers;
        this.clock = clock;
        this.moreLines = List.copyOf(moreLines);
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(SettingsCommand.spec());
    }

    @Override
    public List<Reply> onCommand(ChatRequest request, String command, String args) {
        SettingsParser.Result result = parser.parse(args, settings.today(request.userId()));
        if (result instanceof SettingsParser.Result.Change change) {
            return List.of(change(request, change.change()));
        }
        if (result instanceof SettingsParser.Result.Problem problem) {
            List<Button> buttons = problem.zoneSuggestions().stream()
                    .map(id -> new Button(SET_ZONE + id, id)).toList();
            return List.of(Reply.withButtons(problem.message(), buttons));
        }
        return List.of(show(request.userId()));
    }

    @Override
    public Optional<List<Reply>> onAction(ChatRequest request, String action) {
        if (action.equals("settings")) {
            return Optional.of(List.of(show(request.userId())));
        }
        if (action.equals(REMINDERS_OFF)) {
            return Optional.of(List.of(change(request, new SettingChange.RemindersOff())));
        }
        if (action.equals(REMINDERS_ON)) {
            return Optional.of(List.of(change(request, new SettingChange.RemindersOn())));
        }
        if (action.equals(ZONE_PICKER)) {
            return Optional.of(List.of(zonePicker(request.userId())));
        }
        if (action.startsWith(SET_ZONE)) {
            Optional<ZoneId> zone = TimeZones.find(action.substring(SET_ZONE.length()));
            return Optional.of(List.of(zone.map(z -> change(request, new SettingChange.Zone(z)))
                    .orElseGet(() -> Reply.text("That time zone button has expired. Send /settings timezone "
                            + "Area/City, e.g. /settings timezone Europe/Berlin."))));
        }
        return Optional.empty();
    }

    private Reply change(ChatRequest request, SettingChange change) {
        PrivateAddress from = new PrivateAddress(request.user().platform(), request.user().externalId());
        UserSettings updated = settings.apply(request.userId(), from, change);
        Instant now = clock.instant();
        ZoneId zone = settings.zoneIn(updated);
        LocalDate today = now.atZone(zone).toLocalDate();
        String text;
        List<Button> buttons = new ArrayList<>();
        if (change instanceof SettingChange.Zone) {
            text = "Time zone set: " + SettingsTexts.zoneNow(zone, now) + ". \"Due today\", streaks and reminders "
                    + "follow it." + nextReminder(request.userId(), zone, now);
        } else if (change instanceof SettingChange.RemindersOff) {
            text = "Reminders off. Turn them on again any time: /settings reminders "
                    + updated.reminders().timeOrDefault() + ".";
            buttons.add(new Button(REMINDERS_ON, "Turn on again"));
        } else if (change instanceof SettingChange.RemindersAt || change instanceof SettingChange.RemindersOn) {
            text = remindersOn(request, updated, zone, now);
            buttons.add(new Button(REMINDERS_OFF, "Turn off"));
        } else if (change instanceof SettingChange.Quiet quiet) {
            text = quiet.hours().map(h -> "Quiet hours: " + h + " (" + SettingsTexts.zoneName(zone)
                    + ") — I send no reminder then.")
                    .orElse("Quiet hours off.") + SettingsTexts.quietConflict(updated);
        } else if (change instanceof SettingChange.Goal goal) {
            text = goal.questions().isPresent() ? "Daily goal: " + goal.questions().getAsInt() + " questions a day. "
                    + "/plan compares it with the pace your interview date needs." : "Daily goal cleared.";
        } else if (change instanceof SettingChange.TargetLevel level) {
            text = level.level().map(l -> "Target level: " + l.id() + " — /plan counts questions up to " + l.id()
                    + ".").orElse("Target level: any — /plan counts questions of every level.");
        } else if (change instanceof SettingChange.Interview interview) {
            text = interview.date().map(d -> "Interview date: " + SettingsTexts.interview(d, today) + ". "
                    + "/plan shows a pace to cover your areas before then.").orElse("Interview date cleared.");
            interview.date().ifPresent(d -> buttons.add(new Button("plan", "My plan")));
        } else {
            text = "Areas for /plan: " + SettingsTexts.areas(updated.areas()) + ".";
            buttons.add(new Button("plan", "My plan"));
        }
        buttons.add(new Button("settings", "All settings"));
        return Reply.withButtons(text, buttons);
    }

    private String remindersOn(ChatRequest request, UserSettings updated, ZoneId zone, Instant now) {
        String platform = request.user().platform();
        StringBuilder text = new StringBuilder("Reminders on: every day at ")
                .append(updated.reminders().timeOrDefault()).append(" (").append(SettingsTexts.zoneName(zone))
                .append("), only when reviews are due or your streak needs a question — at most one a day.")
                .append(nextReminder(request.userId(), zone, now))
                .append("\nTurn off any time: /settings reminders off, or the button under each reminder.");
        if (updated.zone().isEmpty()) {
            text.append("\nYour time zone is ").append(SettingsTexts.zoneName(zone))
                    .append(" (the default). Yours is different? /settings timezone Europe/Berlin");
        }
        if (messengers.forPlatform(platform).isEmpty()) {
            text.append("\nI can't send reminders on ").append(platform).append(" in this version yet; the setting "
                    + "is saved and they start as soon as I can.");
        }
        return text.append(SettingsTexts.quietConflict(updated)).toString();
    }

    private String nextReminder(long userId, ZoneId zone, Instant now) {
        return settings.nextReminder(userId).map(at -> " Next check: " + SettingsTexts.when(at, zone, now) + ".")
                .orElse("");
    }

    private Reply show(long userId) {
        UserSettings s = settings.of(userId);
        Instant now = clock.instant();
        ZoneId zone = settings.zoneIn(s);
        LocalDate today = now.atZone(zone).toLocalDate();
        StringBuilder text = new StringBuilder("Your settings (only you see them)\n");
        text.append("Time zone: ").append(SettingsTexts.zoneNow(zone, now))
                .append(s.zone().isEmpty() ? " — the default; set yours: /settings timezone Area/City" : "")
                .append('\n');
        text.append("Reminders: ").append(reminders(userId, s, zone, now)).append('\n');
        moreLines.forEach(line -> line.of(userId).ifPresent(more -> text.append(more).append('\n')));
        text.append("Quiet hours: ").append(s.quietHours().map(QuietHours::toString).orElse("none")).append('\n');
        text.append("Daily goal: ").append(s.dailyGoal().isPresent() ? s.dailyGoal().getAsInt() + " questions"
                : "none").append('\n');
        text.append("Target level: ").append(s.targetLevel().map(l -> l.id()).orElse("any")).append('\n');
        text.append("Interview: ").append(s.interviewDate().map(d -> SettingsTexts.interview(d, today) + " — /plan")
                .orElse("not set")).append('\n');
        text.append("Areas: ").append(SettingsTexts.areas(s.areas())).append('\n');
        text.append("Change one:\n").append(SettingsParser.USAGE.lines().skip(1).reduce((a, b) -> a + "\n" + b)
                .orElse(""));
        List<Button> buttons = new ArrayList<>();
        buttons.add(s.reminders().on() ? new Button(REMINDERS_OFF, "Turn reminders off")
                : new Button(REMINDERS_ON, "Reminders at " + s.reminders().timeOrDefault()));
        buttons.add(new Button(ZONE_PICKER, "Time zone"));
        buttons.add(new Button("plan", "My plan"));
        return Reply.withButtons(text.toString(), buttons);
    }

    private String reminders(long userId, UserSettings s, ZoneId zone, Instant now) {
        ReminderSettings reminders = s.reminders();
        if (reminders.on()) {
            return "on at " + reminders.timeOrDefault() + settings.nextReminder(userId)
                    .map(at -> " · next check " + SettingsTexts.when(at, zone, now)).orElse("");
        }
        if (reminders.offReason().filter(r -> r == ReminderSettings.OffReason.UNREACHABLE).isPresent()) {
            return "off — my last reminder could not reach you (blocked, or private messages closed). Turn on "
                    + "again: /settings reminders " + reminders.timeOrDefault();
        }
        return "off";
    }

    private Reply zonePicker(long userId) {
        List<Button> buttons = TimeZones.COMMON.stream().map(id -> new Button(SET_ZONE + id, id)).toList();
        return Reply.withButtons("Your time zone is " + SettingsTexts.zoneName(settings.zoneOf(userId))
                + ". Pick one, or send yours as an IANA id: /settings timezone Area/City (e.g. Europe/Madrid, "
                + "Asia/Tokyo).", buttons);
    }
}
