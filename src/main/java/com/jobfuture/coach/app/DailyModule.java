package com.jobfuture.coach.app;

import com.jobfuture.coach.core.common.Ticker;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.common.Transactions;
import com.jobfuture.coach.core.daily.CommunityPublishers;
import com.jobfuture.coach.core.daily.DailyAnswers;
import com.jobfuture.coach.core.daily.DailyChat;
import com.jobfuture.coach.core.daily.DailyOptions;
import com.jobfuture.coach.core.daily.DailyRenderer;
import com.jobfuture.coach.core.daily.DailyRepository;
import com.jobfuture.coach.core.daily.DailyScheduler;
import com.jobfuture.coach.core.daily.QuestionRotation;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.progress.ReviewRecorder;
import java.time.Clock;
import java.util.Random;

/** The question-of-the-day parts: the publishers adapters register, the scheduler and its runner, the chat. */
record DailyModule(CommunityPublishers publishers, DailyScheduler scheduler, Ticker runner, DailyChat chat) {

    static DailyModule create(CoachConfig config, DeckRegistry decks, DailyRepository repository,
                              ReviewRecorder recorder, Transactions transactions, Clock clock) {
        DailyOptions options = new DailyOptions(config.daily().grace(), config.daily().checkEvery(),
                config.timezone(), config.daily().defaultReveal());
        CommunityPublishers publishers = new CommunityPublishers();
        DailyRenderer renderer = new DailyRenderer();
        DailyScheduler scheduler = new DailyScheduler(repository, decks, publishers, transactions,
                new QuestionRotation(new Random()), renderer, options, clock);
        DailyAnswers answers = new DailyAnswers(repository, decks, recorder, transactions, renderer, clock);
        DailyChat chat = new DailyChat(repository, scheduler, answers, decks, renderer, options, clock);
        return new DailyModule(publishers, scheduler, scheduler.ticker(options.checkEvery()), chat);
    }
}
