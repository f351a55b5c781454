package com.jobfuture.coach.app;

import com.jobfuture.coach.core.common.Ticker;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.common.Transactions;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.notify.PrivateMessengers;
import com.jobfuture.coach.core.plan.PlanChat;
import com.jobfuture.coach.core.plan.PlanService;
import com.jobfuture.coach.core.progress.ProgressService;
import com.jobfuture.coach.core.progress.ReviewRepository;
import com.jobfuture.coach.core.reminders.ReminderComposer;
import com.jobfuture.coach.core.reminders.ReminderData;
import com.jobfuture.coach.core.reminders.ReminderOptions;
import com.jobfuture.coach.core.reminders.ReminderRepository;
import com.jobfuture.coach.core.reminders.ReminderScheduler;
import com.jobfuture.coach.core.settings.SettingsChat;
import com.jobfuture.coach.core.settings.SettingsLine;
import com.jobfuture.coach.core.settings.SettingsService;
import java.time.Clock;
import java.util.List;

/**
 * Settings' companions: the private messengers adapters register, the reminder scheduler and its runner (started
 * unless a test ticks it by hand), /settings and /plan, and the reminders as user data.
 */
record ReminderModule(PrivateMessengers messengers, Ticker runner, ReminderChecks checks,
                      SettingsChat settingsChat, PlanService plans, PlanChat planChat, ReminderData data) {

    static ReminderModule create(CoachConfig config, DeckRegistry decks, ReviewRepository reviews,
                                 SettingsService settings, ReminderRepository repository, ProgressService progress,
                                 Transactions transactions, Clock clock, ReminderChecks checks,
                                 List<SettingsLine> moreSettings) {
        CoachConfig.Reminders reminders = config.reminders();
        ReminderOptions options = new ReminderOptions(reminders.grace(), reminders.checkEvery(),
                reminders.batchSize());
        PrivateMessengers messengers = new PrivateMessengers();
        ReminderScheduler scheduler = new ReminderScheduler(repository, settings, messengers,
                new ReminderComposer(reviews, decks), transactions, options, clock);
        checks.attach(scheduler, messengers);
        PlanService plans = new PlanService(settings, decks, reviews, progress, clock);
        return new ReminderModule(messengers, scheduler.ticker(options.checkEvery(), options.batchSize()), checks,
                new SettingsChat(settings, messengers, clock, moreSettings), plans, new PlanChat(plans), new ReminderData(repository));
    }

    /**
     * Starts sending reminders (call it once the platforms registered their messengers): a check at once, sending
     * those missed while the bot was down within the grace window, then every {@code reminders.check_every}.
     * Nothing when a test ticks the scheduler by hand.
     */
    void start() {
        if (!checks.isByHand()) {
            runner.start();
        }
    }

    /** Stops the runner; a check under way ends after its current message. */
    void close() {
        runner.close();
    }
}
