package com.jobfuture.coach.app;

import com.jobfuture.coach.core.common.Ticker;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.common.Transactions;
import com.jobfuture.coach.core.jobs.CandidateProfile;
import com.jobfuture.coach.core.jobs.JobBoard;
import com.jobfuture.coach.core.jobs.alerts.AlertTimes;
import com.jobfuture.coach.core.jobs.alerts.JobAlertData;
import com.jobfuture.coach.core.jobs.alerts.JobAlertRepository;
import com.jobfuture.coach.core.jobs.alerts.JobAlertScheduler;
import com.jobfuture.coach.core.jobs.alerts.JobAlertSettingsLine;
import com.jobfuture.coach.core.jobs.alerts.JobAlerts;
import com.jobfuture.coach.core.notify.PrivateMessengers;
import com.jobfuture.coach.core.settings.SettingsLine;
import com.jobfuture.coach.core.settings.SettingsService;
import com.jobfuture.coach.core.settings.UserSettings;
import java.time.Clock;

/**
 * Job alerts: the /jobs alert commands, the scheduler (at each user's reminder time, through the private messengers
 * the reminders use, within the reminders' grace window) and its runner, the line in /settings, and the alerts as
 * user data.
 */
record JobAlertsModule(JobAlerts commands, JobAlertScheduler scheduler, Ticker runner, JobAlertData data) {

    /** When a user's alert is due: their reminder time (or the default), zone and quiet hours from /settings. */
    static AlertTimes times(SettingsService settings) {
        return userId -> {
            UserSettings user = settings.of(userId);
            return new AlertTimes.AlertTime(user.reminders().timeOrDefault(), settings.zoneIn(user),
                    user.quietHours());
        };
    }

    /** The alerts' line in /settings (made before the rest, since /settings is built with the reminders). */
    static SettingsLine settingsLine(JobAlertRepository repository, SettingsService settings) {
        return new JobAlertSettingsLine(repository, times(settings));
    }

    static JobAlertsModule create(CoachConfig config, JobBoard board, CandidateProfile profile,
                                  SettingsService settings, JobAlertRepository repository,
                                  PrivateMessengers messengers, Transactions transactions, Clock clock) {
        AlertTimes times = times(settings);
        JobAlertScheduler scheduler = new JobAlertScheduler(repository, board, profile, times, messengers,
                transactions, config.reminders().grace(), clock);
        return new JobAlertsModule(new JobAlerts(repository, board, profile, times, clock), scheduler,
                scheduler.ticker(config.reminders().checkEvery()), new JobAlertData(repository));
    }
}
