package com.jobfuture.coach.core.jobs.alerts;

import com.jobfuture.coach.core.jobs.JobQuery;
import com.jobfuture.coach.core.settings.SettingsLine;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** The job alerts' line in /settings: on (with the filters and the time) or off, and the command to change it. */
public final class JobAlertSettingsLine implements SettingsLine {
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    private final JobAlertRepository repository;
    private final AlertTimes times;

    public JobAlertSettingsLine(JobAlertRepository repository, AlertTimes times) {
        this.repository = repository;
        this.times = times;
    }

    @Override
    public Optional<String> of(long userId) {
        return Optional.of(repository.find(userId).filter(JobAlert::active).map(alert -> {
            String filters = JobQuery.parse(alert.filters()).describe();
            return "Job alerts: on" + (filters.isEmpty() ? "" : " (" + filters + ")") + " — new roles at "
                    + HOURS.format(times.of(userId).time()) + " when there are some · /jobs alert off";
        }).orElse("Job alerts: off — /jobs alert on"));
    }
}
