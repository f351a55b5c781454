package com.jobfuture.coach.core.jobs.alerts;

import com.jobfuture.coach.core.user.UserDataSection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A user's job alert as user data: exported on /export, moved by /link, deleted by /forget (cascades). */
public final class JobAlertData implements UserDataSection {
    private final JobAlertRepository repository;

    public JobAlertData(JobAlertRepository repository) {
        this.repository = repository;
    }

    @Override
    public String name() {
        return "job_alerts";
    }

    @Override
    public Object export(long userId) {
        Map<String, Object> section = new LinkedHashMap<>();
        repository.find(userId).ifPresent(alert -> {
            section.put("on", alert.active());
            section.put("filters", alert.filters());
            section.put("sent_to", alert.platform());
            section.put("since", alert.since());
        });
        Map<String, String> days = new LinkedHashMap<>();
        repository.days(userId).forEach((day, state) -> days.put(day.toString(),
                state.name().toLowerCase(Locale.ROOT)));
        section.put("days", days);
        section.put("roles_seen", repository.seen(userId).size());
        return section;
    }

    @Override
    public void merge(long from, long into) {
        repository.mergeInto(from, into);
    }
}
