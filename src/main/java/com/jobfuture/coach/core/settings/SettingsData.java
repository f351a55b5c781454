package com.jobfuture.coach.core.settings;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.user.UserDataSection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A user's settings as user data: exported on /export, joined when /link merges two users. */
public final class SettingsData implements UserDataSection {
    private final SettingsService settings;
    private final SettingsRepository repository;

    public SettingsData(SettingsService settings, SettingsRepository repository) {
        this.settings = settings;
        this.repository = repository;
    }

    @Override
    public String name() {
        return "settings";
    }

    @Override
    public Object export(long userId) {
        Optional<UserSettings> stored = repository.find(userId);
        UserSettings s = stored.orElseGet(UserSettings::defaults);
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("time_zone", s.zone().map(Object::toString).orElse(null));
        section.put("time_zone_in_effect", settings.zoneIn(s).getId());
        Map<String, Object> reminders = new LinkedHashMap<>();
        reminders.put("on", s.reminders().on());
        reminders.put("time", s.reminders().time().map(Object::toString).orElse(null));
        reminders.put("sent_to", s.reminders().address().map(Object::toString).orElse(null));
        reminders.put("off_reason", s.reminders().offReason().map(Enum::name).orElse(null));
        reminders.put("changed_at", s.reminders().changedAt().orElse(null));
        reminders.put("next_at", repository.nextReminderAt(userId).orElse(null));
        section.put("reminders", reminders);
        section.put("quiet_hours", s.quietHours().map(Object::toString).orElse(null));
        section.put("daily_goal", s.dailyGoal().isPresent() ? s.dailyGoal().getAsInt() : null);
        section.put("target_level", s.targetLevel().map(Level::id).orElse(null));
        section.put("areas", s.areas().stream().map(Family::id).sorted().toList());
        section.put("interview_date", s.interviewDate().map(Object::toString).orElse(null));
        return section;
    }

    @Override
    public void merge(long from, long into) {
        settings.merge(from, into);
    }
}
