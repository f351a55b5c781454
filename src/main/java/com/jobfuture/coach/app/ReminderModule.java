package com.jobfuture.coach.app;

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
import com.jobfuture.coach.core.reminders.ReminderRunner;
import com.jobfuture.coach.core.reminders.ReminderScheduler;
import com.jobfuture.coach.core.settings.SettingsChat;
import com.jobfuture.coach.core.settings.SettingsService;
import java.time.Clock;

/**
 * Settings' companions: the private messengers adapters register, the reminder scheduler and its runner, /settings
 * and /plan, and the reminders as user data.
 */
record ReminderModule(PrivateMessengers messengers, ReminderScheduler scheduler, ReminderRunner runner,
                      SettingsChat settingsChat, PlanService plans, PlanChat planChat, ReminderData data) {

    static ReminderModule create(CoachConfig config, DeckRegistry decks, ReviewRepository reviews,
                                 SettingsService settings, ReminderRepository repository, ProgressService progress,
                                 Transactions transactions, Clock clock) {
        CoachConfig.Reminders reminders = config.reminders();
        ReminderOptions options = new ReminderOptions(reminders.grace(), reminders.checkEvery(),
                reminders.batchSize());
        PrivateMessengers messengers = new PrivateMessengers();
        ReminderScheduler scheduler = new ReminderScheduler(repository, settings, messengers,
                new ReminderComposer(reviews, decks), transactions, options, clock);
        PlanService plans = new PlanService(settings, decks, reviews, progress, clock);
        return new ReminderModule(messengers, scheduler, new ReminderRunner(scheduler, options.checkEvery(),
                options.batchSize()),
                new SettingsChat(settings, messengers, clock), plans, new PlanChat(plans),
                new ReminderData(repository));
    }
}
