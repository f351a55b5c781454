package com.jobfuture.coach.core.share;

import com.jobfuture.coach.core.common.CoachCounter;
import com.jobfuture.coach.core.common.CoachMetrics;
import com.jobfuture.coach.core.common.Transactions;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Topic;
import com.jobfuture.coach.core.profile.ActivityHeatmap;
import com.jobfuture.coach.core.profile.ProfileService;
import com.jobfuture.coach.core.profile.SkillLevel;
import com.jobfuture.coach.core.progress.AreaStats;
import com.jobfuture.coach.core.progress.ProgressReport;
import com.jobfuture.coach.core.progress.ProgressService;
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
    private final ProgressService progress;
    private final ProfileService profiles;
    private final ShareActivity activity;
    private final ShareTokens tokens;
    private final Transactions transactions;
    private final Clock clock;
    private final ZoneId zone;
    private final CoachMetrics metrics;

    public ShareService(ShareRepository links, ProgressService progress,
                        ProfileService profiles, ShareActivity activity, ShareTokens tokens, Transactions transactions,
                        Clock clock, ZoneId zone, CoachMetrics metrics) {
        this.links = links;
        this.progress = progress;
        this.profiles = profiles;
        this.activity = activity;
        this.tokens = tokens;
        this.transactions = transactions;
        this.clock = clock;
        this.zone = zone;
        this.metrics = metrics;
    }

    /** Creates a link valid for {@code days} (1..{@link #MAX_DAYS}) showing the given sections (no levels). */
    public ShareResult create(long userId, int days, Set<ShareSection> sections) {
        return create(userId, days, sections, Set.of());
    }

    /**
     * Creates a link valid for {@code days} (1..{@link #MAX_DAYS}) showing the given sections and, with
     * {@link ShareSection#LEVELS}, the latest skill-check level of {@code levelAreas}.
     */
    public ShareResult create(long userId, int days, Set<ShareSection> sections, Set<Family> levelAreas) {
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
            ShareLink link = links.create(userId, ShareTokens.hash(token), sections, levelAreas, now,
                    now.plus(Duration.ofDays(days)));
            return new ShareResult.Created(link, token);
        });
        if (result instanceof ShareResult.Created) {
            metrics.increment(CoachCounter.SHARE_LINKS_CREATED);
        }
        return result;
    }

    /**
     * A new token for the user's active link {@code number}, replacing the old one (which stops working): for a link
     * whose message may never have arrived. Empty when the link is revoked, expired or gone.
     */
    public Optional<ShareResult.Created> reissue(long userId, int number) {
        String token = tokens.newToken();
        return transactions.inTransaction(() -> active(userId).stream().filter(link -> link.number() == number)
                .findFirst()
                .filter(link -> links.replaceTokenHash(userId, number, ShareTokens.hash(token)))
                .map(link -> new ShareResult.Created(link, token)));
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
        Set<Family> areas = links.links(userId).stream().filter(link -> link.number() == number).findFirst()
                .map(ShareLink::levelAreas).orElse(Set.of());
        return rescope(userId, number, sections, areas);
    }

    /** The same, with the areas whose skill-check level the link shows. */
    public Optional<ShareLink> rescope(long userId, int number, Set<ShareSection> sections, Set<Family> levelAreas) {
        return transactions.inTransaction(() -> {
            if (!links.updateSections(userId, number, sections, levelAreas)) {
                return Optional.empty();
            }
            links.saveSettings(userId, new ShareSettings(settings(userId).displayName(), sections, levelAreas));
            return links.links(userId).stream().filter(link -> link.number() == number).findFirst();
        });
    }

    /**
     * A new preview address for the owner's active link {@code number} (replacing any earlier one): the same page,
     * marked as their preview, and never counted as a view. Empty if the user has no such active link.
     */
    public Optional<String> preview(long userId, int number) {
        boolean active = active(userId).stream().anyMatch(link -> link.number() == number);
        if (!active) {
            return Optional.empty();
        }
        String token = tokens.newToken();
        return links.setPreviewHash(userId, number, ShareTokens.hash(token)) ? Optional.of(token) : Optional.empty();
    }

    /** The latest skill-check level of each area the user checked (for choosing what to show). */
    public Map<Family, SkillLevel> levels(long userId) {
        return profiles.latestLevels(userId);
    }

    /** The user's sharing settings (defaults if they never changed any). */
    public ShareSettings settings(long userId) {
        return links.settings(userId).orElseGet(ShareSettings::defaults);
    }

    /**
     * The name the user's pages show: the one they chose with {@code /share name}. Never their chat name or
     * platform handle: without a chosen name pages say "A candidate".
     */
    public Optional<String> displayName(long userId) {
        return settings(userId).displayName();
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
            ShareSettings current = settings(userId);
            links.saveSettings(userId, new ShareSettings(Optional.of(clean), current.sections(),
                    current.levelAreas()));
            return null;
        });
        return Optional.of(clean);
    }

    /** The page for a token, counting one view; empty for unknown, expired or revoked tokens. */
    public Optional<SharePage> view(String token) {
        return view(token, true);
    }

    /**
     * The page for a link token or the owner's preview token; empty for unknown, expired or revoked ones. A view
     * is counted only for the link token and when {@code countable} (the web server says no for link-preview
     * robots); the owner's preview is never counted and is marked as such.
     */
    public Optional<SharePage> view(String token, boolean countable) {
        if (!ShareTokens.wellFormed(token)) {
            return notFound();
        }
        Instant now = clock.instant();
        String hash = ShareTokens.hash(token);
        Optional<ShareLink> found = links.findByTokenHash(hash).filter(link -> link.activeAt(now));
        if (found.isPresent()) {
            ShareLink link = found.get();
            if (countable) {
                links.recordView(link.id(), now);
                metrics.increment(CoachCounter.SHARE_VIEWS);
            }
            return Optional.of(page(link, now, false));
        }
        Optional<ShareLink> previewed = links.findByPreviewHash(hash).filter(link -> link.activeAt(now));
        return previewed.isPresent() ? Optional.of(page(previewed.get(), now, true)) : notFound();
    }

    private SharePage page(ShareLink link, Instant now, boolean preview) {
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
                ? displayName(link.userId()) : Optional.empty();
        boolean showsActivity = sections.contains(ShareSection.ACTIVITY);
        Optional<SharePage.Activity> recent = showsActivity
                ? Optional.of(activity.summary(link.userId(), now)) : Optional.empty();
        Optional<ActivityHeatmap> heatmap = showsActivity
                ? Optional.of(profiles.heatmap(link.userId())) : Optional.empty();
        List<SharePage.Level> levels = new ArrayList<>();
        if (sections.contains(ShareSection.LEVELS)) {
            profiles.latestLevels(link.userId()).forEach((family, level) -> {
                if (link.levelAreas().contains(family)) {
                    levels.add(new SharePage.Level(family.label(), level.level().id(), level.sureness(),
                            level.leastSure(), level.date(), level.questions()));
                }
            });
        }
        return new SharePage(name, LocalDate.ofInstant(link.createdAt(), zone),
                LocalDate.ofInstant(link.expiresAt(), zone), sections, families, topics, recent, levels, heatmap,
                notShown(link, name.isPresent()), preview);
    }

    /** What the candidate chose not to show, in plain words (never whether a hidden result exists). */
    static List<String> notShown(ShareLink link, boolean named) {
        Set<ShareSection> sections = link.sections();
        List<String> hidden = new ArrayList<>();
        if (!named) {
            hidden.add("their name");
        }
        if (!sections.contains(ShareSection.LEVELS) || link.levelAreas().isEmpty()) {
            hidden.add("skill-check levels");
        } else if (link.levelAreas().size() < Family.values().length) {
            hidden.add("skill-check levels of other areas");
        }
        if (!sections.contains(ShareSection.FAMILIES)) {
            hidden.add("practice figures per area");
        }
        if (!sections.contains(ShareSection.TOPICS)) {
            hidden.add("practice figures per topic");
        }
        if (!sections.contains(ShareSection.ACTIVITY)) {
            hidden.add("activity");
        }
        return hidden;
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
