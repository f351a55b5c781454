package com.jobfuture.coach.testing;

import com.jobfuture.coach.core.common.CoachCounter;
import com.jobfuture.coach.core.common.CoachMetrics;
import com.jobfuture.coach.core.profile.ProfileService;
import com.jobfuture.coach.core.progress.ReviewData;
import com.jobfuture.coach.core.progress.ReviewLogEntry;
import com.jobfuture.coach.core.quiz.QuizSessionData;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.share.ShareActivity;
import com.jobfuture.coach.core.share.ShareData;
import com.jobfuture.coach.core.share.ShareService;
import com.jobfuture.coach.core.share.ShareTokens;
import com.jobfuture.coach.core.user.IdentityLinking;
import com.jobfuture.coach.core.user.LinkingData;
import com.jobfuture.coach.core.user.UserDataService;
import com.jobfuture.coach.storage.JdbcLinkCodeRepository;
import com.jobfuture.coach.storage.JdbcShareRepository;
import com.jobfuture.coach.storage.JdbcSkillCheckRepository;
import com.jobfuture.coach.storage.JdbcUserRepository;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The core fixture plus sharing, linking and data rights services, with counters tests can read. */
public final class ShareFixture implements AutoCloseable {
    public final CoreFixture core;
    public final JdbcUserRepository userRepository;
    public final JdbcShareRepository shareRepository;
    public final JdbcLinkCodeRepository linkCodes;
    public final ShareService shares;
    public final UserDataService userData;
    public final IdentityLinking linking;
    public final Map<CoachCounter, AtomicInteger> counts = new EnumMap<>(CoachCounter.class);

    public ShareFixture(Path directory) {
        this(new CoreFixture(directory));
    }

    /** Sharing and linking over a core fixture (on SQLite or PostgreSQL). */
    public ShareFixture(CoreFixture core) {
        this.core = core;
        CoachMetrics metrics = counter -> counts.computeIfAbsent(counter, c -> new AtomicInteger()).incrementAndGet();
        userRepository = new JdbcUserRepository(core.database);
        shareRepository = new JdbcShareRepository(core.database);
        linkCodes = new JdbcLinkCodeRepository(core.database);
        SecureRandom random = new SecureRandom();
        shares = new ShareService(shareRepository, core.progress, new ProfileService(core.progress, core.reviews,
                new JdbcSkillCheckRepository(core.database), core.clock, ZoneOffset.UTC),
                new ShareActivity(core.reviews, ZoneOffset.UTC), new ShareTokens(random), core.database, core.clock,
                ZoneOffset.UTC, metrics);
        userData = new UserDataService(userRepository, core.users, List.of(new ReviewData(core.reviews),
                new QuizSessionData(core.sessions), new ShareData(shareRepository), new LinkingData(linkCodes)),
                core.database, core.clock, metrics);
        linking = new IdentityLinking(linkCodes, userData, core.database, random, core.clock, metrics);
    }

    /** How often a counter was incremented. */
    public int count(CoachCounter counter) {
        AtomicInteger count = counts.get(counter);
        return count == null ? 0 : count.get();
    }

    /** Records an answer as the quiz would: the card is reviewed and the answer logged, at the clock's time. */
    public void answer(long userId, String questionId, Rating rating) {
        Instant now = core.clock.instant();
        var card = core.reviews.cards(userId).getOrDefault(questionId,
                com.jobfuture.coach.core.review.ReviewCard.newCard(now));
        core.reviews.saveCard(userId, questionId, core.scheduler.review(card, rating, now).card());
        core.reviews.log(new ReviewLogEntry(userId, questionId, rating, null, now));
    }

    @Override
    public void close() {
        core.close();
    }
}
