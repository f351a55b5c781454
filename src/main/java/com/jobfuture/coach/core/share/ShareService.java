package com.jobfuture.coach.core.share;

import com.jobfuture.coach.core.common.CoachCounter;
import com.jobfuture.coach.core.common.CoachMetrics;
import com.jobfuture.coach.core.common.Transactions;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Topic;
import com.jobfuture.coach.core.progress.AreaStats;
import com.jobfuture.coach.core.progress.ProgressReport;
import com.jobfuture.coach.core.progress.ProgressService;
import com.jobfuture.coach.core.user.UserRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Share links: create (at most 10 active, 365 days), list, revoke, rescope, and the page of a token (counting the
 * view; unknown, expired, revoked and deleted all give the same empty answer). Thread-safe.
 */
public final class ShareService {
    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 365;
    public static final int MAX_ACTIVE = 10;
    public static final int MAX_NAME_LENGTH = 60;
    private final ShareRepository links;
    private final UserRepository users;
    private final ProgressService progress;
    private final ShareActivity activity;
    private final ShareTokens tokens;
    private final Transactions transactions;
    private final Clock clock;
    private final ZoneId zone;
    private final CoachMetrics metrics;

    public ShareService(ShareRepository links, UserRepository users, ProgressService progress, ShareActivity activity,
                        ShareTokens tokens, Transactions transactions, Clock clock, ZoneId zone,
                        CoachMetrics metrics) {
        this.links = links;
        this.users = users;
        this.progress = progress;
        this.activity = activity;
        this.tokens = tokens;
        this.transactions = transactions;
        this.clock = clock;
        this.zone = zone;
        this.metrics = metrics;
    }

    /** Creates a link valid for {@code days} (1..{@link #MAX_DAYS}) showing the given sections. */
    public ShareResult create(long userId, int days, Set<ShareSection> sections) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be 1.." + MAX_DAYS + ", got " + days);
        }
        Instant now = clock.instant();
        String token = tokens.newToken();
        ShareResult result = transactions.inTransaction(() -> {
            List<ShareLink> active = active(userId);
            if (active.size() >= MAX_ACTIVE) {
                return new ShareResult.LimitReached(active);
            }
            ShareLink link = links.create(userId, ShareTokens.hash(token), sections, now, now.plus(Duration.ofDays(days)));
            return new ShareResult.Created(link, token);
        });
        if (result instanceof ShareResult.Created) {
            metrics.increment(CoachCounter.SHARE_LINKS_CREATED);
        }
        return result;
    }

    /** The user's links that can be opened now, newest first. */
    public List<ShareLink> active(long userId) {
        Instant now = clock.instant();
        return links.links(userId).stream().filter(link -> link.activeAt(now)).toList();
    }

    /** Every link of the user, including revoked and expired ones, newest first. */
    public List<ShareLink> all(long userId) {
        return links.links(userId);
    }

    /** Revokes one active link; its page is gone at once. False if the user has no such active link. */
    public boolean revoke(long userId, int number) {
        Instant now = clock.instant();
        boolean active = active(userId).stream().anyMatch(link -> link.number() == number);
        boolean revoked = active && links.revoke(userId, number, now);
        if (revoked) {
            metrics.increment(CoachCounter.SHARE_LINKS_REVOKED);
        }
        return revoked;
    }

    /** Revokes every active link of the user and returns how many. */
    public int revokeAll(long userId) {
        return transactions.inTransaction(() -> {
            int count = 0;
            for (ShareLink link : active(userId)) {
                count += revoke(userId, link.number()) ? 1 : 0;
            }
            return count;
        });
    }

    /** Changes what a link shows (at once) and remembers the choice for the user's next links. */
    public Optional<ShareLink> rescope(long userId, int number, Set<ShareSection> sections) {
        return transactions.inTransaction(() -> {
            if (!links.updateSections(userId, number, sections)) {
                return Optional.empty();
            }
            links.saveSettings(userId, new ShareSettings(settings(userId).displayName(), sections));
            return links.links(userId).stream().filter(link -> link.number() == number).findFirst();
        });
    }

    /** The user's sharing settings (defaults if they never changed any). */
    public ShareSettings settings(long userId) {
        return links.settings(userId).orElseGet(ShareSettings::defaults);
    }

    /** The name the user's pages show: the one they chose, else their chat name. */
    public String displayName(long userId) {
        return settings(userId).displayName()
                .or(() -> users.displayName(userId))
                .orElse("A candidate");
    }

    /**
     * Sets the name shown on the user's pages and returns it as stored (one line, at most 60 characters), or
     * empty (and changes nothing) if no visible text is left.
     */
    public Optional<String> rename(long userId, String name) {
        String clean = cleanName(name);
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        transactions.inTransaction(() -> {
            links.saveSettings(userId, new ShareSettings(Optional.of(clean), settings(userId).sections()));
            return null;
        });
        return Optional.of(clean);
    }

    /** The page for a token, counting one view; empty for unknown, expired or revoked tokens. */
    public Optional<SharePage> view(String token) {
        if (!ShareTokens.wellFormed(token)) {
            return notFound();
        }
        Instant now = clock.instant();
        Optional<ShareLink> found = links.findByTokenHash(ShareTokens.hash(token)).filter(link -> link.activeAt(now));
        if (found.isEmpty()) {
            return notFound();
        }
        ShareLink link = found.get();
        links.recordView(link.id(), now);
        metrics.increment(CoachCounter.SHARE_VIEWS);
        return Optional.of(page(link, now));
    }

    private SharePage page(ShareLink link, Instant now) {
        Set<ShareSection> sections = link.sections();
        ProgressReport report = progress.report(link.userId());
        List<SharePage.Mastery> families = new ArrayList<>();
        List<SharePage.Mastery> topics = new ArrayList<>();
        if (sections.contains(ShareSection.FAMILIES)) {
            for (Family family : Family.values()) {
                AreaStats stats = report.families().get(family);
                if (stats != null) {
                    families.add(mastery("", family.label(), stats));
                }
            }
        }
        if (sections.contains(ShareSection.TOPICS)) {
            report.topics().entrySet().stream()
                    .filter(e -> e.getValue().practised())
                    .sorted(Comparator.comparing((Map.Entry<Topic, AreaStats> e) -> e.getKey().family())
                            .thenComparing(e -> e.getKey().title()))
                    .forEach(e -> topics.add(mastery(e.getKey().family().label(), e.getKey().title(),
                            e.getValue())));
        }
        Optional<String> name = sections.contains(ShareSection.NAME)
                ? Optional.of(displayName(link.userId())) : Optional.empty();
        Optional<SharePage.Activity> recent = sections.contains(ShareSection.ACTIVITY)
                ? Optional.of(activity.summary(link.userId(), now)) : Optional.empty();
        return new SharePage(name, LocalDate.ofInstant(link.createdAt(), zone),
                LocalDate.ofInstant(link.expiresAt(), zone), sections, families, topics, recent);
    }

    private static SharePage.Mastery mastery(String group, String label, AreaStats stats) {
        return new SharePage.Mastery(group, label, stats.mastery(), stats.seen(), stats.total(), stats.recentRight(),
                stats.recentAnswers());
    }

    private Optional<SharePage> notFound() {
        metrics.increment(CoachCounter.SHARE_NOT_FOUND);
        return Optional.empty();
    }

    static String cleanName(String name) {
        String oneLine = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", " ").replaceAll("\\s+", " ").strip();
        int[] codePoints = oneLine.codePoints().limit(MAX_NAME_LENGTH).toArray();
        return new String(codePoints, 0, codePoints.length).strip();
    }
}
