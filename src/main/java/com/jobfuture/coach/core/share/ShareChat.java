package com.jobfuture.coach.core.share;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.ChatFeature;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.chat.SecretRef;
import com.jobfuture.coach.core.chat.Texts;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.profile.SkillLevel;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * /share: opt-in progress links for recruiters; typed forms work everywhere ({@code /share 14 topics}, list, revoke,
 * name, edit) and buttons switch what a link shows. Every reply goes to the sender only.
 */
public final class ShareChat implements ChatFeature {
    static final String USAGE = """
            Usage:
            /share [days] [levels|<area>] [topics] [activity] [no-name] [no-families] — a new link (default 30 \
            days; shows your name and figures per area; levels adds your latest skill-check level per area, an \
            area such as orm only that one)
            /share list — your links, when they expire and how often they were viewed
            /share revoke <number|all> — turn links off at once
            /share edit <number> — choose what a link shows
            /share preview <number> — see a link's page yourself without counting a view
            /share name <name> — the name your pages show (none until you choose one)""";
    private static final Pattern TOGGLE = Pattern.compile("share:t:(\\d{1,6}):([a-z]+)");
    private static final Pattern AREA_TOGGLE = Pattern.compile("share:a:(\\d{1,6}):([a-z]+)");
    private static final Pattern NUMBERED = Pattern.compile("share:(edit|revoke):(\\d{1,6})");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private final ShareService shares;
    private final Supplier<String> publicBaseUrl;
    private final Clock clock;
    private final ZoneId zone;

    /** {@code publicBaseUrl} gives the links' base, such as {@code https://coach.example.com}, when a link is made. */
    public ShareChat(ShareService shares, Supplier<String> publicBaseUrl, Clock clock, ZoneId zone) {
        this.shares = shares;
        this.publicBaseUrl = publicBaseUrl;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.of("share", "/share [days]",
                "a private link to your progress for recruiters (you choose what it shows)"));
    }

    @Override
    public List<Reply> onCommand(ChatRequest request, String command, String args) {
        String[] words = args.isEmpty() ? new String[0] : args.split("\\s+");
        String first = words.length == 0 ? "" : words[0].toLowerCase(Locale.ROOT);
        long user = request.userId();
        return List.of(switch (first) {
            case "list" -> words.length == 1 ? list(user) : Reply.text(USAGE);
            case "revoke" -> words.length == 2 ? revoke(user, words[1]) : Reply.text(USAGE);
            case "edit" -> words.length == 2 && words[1].matches("#?\\d{1,6}")
                    ? edit(user, Integer.parseInt(words[1].replace("#", ""))) : Reply.text(USAGE);
            case "name" -> rename(user, args.substring(first.length()).strip());
            case "preview" -> words.length == 2 && words[1].matches("#?\\d{1,6}")
                    ? preview(user, Integer.parseInt(words[1].replace("#", ""))) : Reply.text(USAGE);
            case "help" -> Reply.text(USAGE);
            default -> create(user, words);
        });
    }

    @Override
    public Optional<List<Reply>> onAction(ChatRequest request, String action) {
        long user = request.userId();
        if (action.equals("share:list")) {
            return Optional.of(List.of(list(user)));
        }
        if (action.equals("share:new")) {
            return Optional.of(List.of(create(user, new String[0])));
        }
        if (action.equals("share:revoke:all")) {
            return Optional.of(List.of(revoke(user, "all")));
        }
        Matcher m = NUMBERED.matcher(action);
        if (m.matches()) {
            int number = Integer.parseInt(m.group(2));
            return Optional.of(List.of(m.group(1).equals("edit") ? edit(user, number) : revoke(user, m.group(2))));
        }
        m = TOGGLE.matcher(action);
        if (m.matches()) {
            return Optional.of(List.of(toggle(user, Integer.parseInt(m.group(1)), m.group(2)).replacingOrigin()));
        }
        m = AREA_TOGGLE.matcher(action);
        if (m.matches()) {
            return Optional.of(List.of(toggleArea(user, Integer.parseInt(m.group(1)), m.group(2))
                    .replacingOrigin()));
        }
        return Optional.empty();
    }

    private Reply create(long user, String[] words) {
        ShareArguments arguments = ShareArguments.parse(words);
        if (arguments.problem().isPresent()) {
            return Reply.text(arguments.problem().get());
        }
        int days = arguments.days();
        ShareSettings saved = shares.settings(user);
        Set<ShareSection> sections = arguments.sections().orElse(saved.sections());
        Set<Family> areas = arguments.sections().isPresent() ? arguments.levelAreas() : saved.levelAreas();
        ShareResult result = shares.create(user, days, sections, areas);
        if (result instanceof ShareResult.LimitReached) {
            return Reply.withButtons("You already have " + ShareService.MAX_ACTIVE + " active links, the most at "
                    + "once. Turn one off first: /share revoke <number>, or /share revoke all.",
                    List.of(new Button("share:list", "My links")));
        }
        return linkMessage(user, (ShareResult.Created) result, "Here is your share link, valid "
                + Texts.plural(days, "day") + " (until ");
    }

    /**
     * After a restart cut off a share link's message: a new token for the same link (the lost one stops working),
     * or nothing when the link was revoked or expired meanwhile.
     */
    @Override
    public Optional<Reply> reissue(SecretRef secret) {
        if (!secret.kind().equals(SecretRef.SHARE_LINK)) {
            return Optional.empty();
        }
        long user = secret.userId();
        return shares.reissue(user, secret.number()).map(created -> linkMessage(user, created, "I restarted before "
                + "I could make sure your share link #" + secret.number() + " reached you, so here it is with a "
                + "fresh address (the earlier one no longer works), valid until "));
    }

    /** The message carrying a link's token, {@code intro} ending where its expiry date goes. */
    private Reply linkMessage(long user, ShareResult.Created created, String intro) {
        ShareLink link = created.link();
        return Reply.withButtons(intro + date(link.expiresAt()) + (intro.endsWith("(until ") ? ")" : "") + ":\n"
                + publicBaseUrl.get() + "/p/" + created.token() + "\n"
                + "Link #" + link.number() + " shows " + shows(user, link) + ". Your answers themselves are "
                + "never shown." + nameHint(user, link.sections()) + "\nOnly people you send it to can open it. "
                + "See it yourself without counting a view: /share preview " + link.number() + ". Turn it off any "
                + "time: /share revoke " + link.number() + ".",
                List.of(new Button("share:edit:" + link.number(), "Change what it shows"),
                        new Button("share:list", "My links"))).asSecret(SecretRef.shareLink(user, link.number()));
    }

    private Reply list(long user) {
        List<ShareLink> active = shares.active(user);
        if (active.isEmpty()) {
            return Reply.withButtons("You have no active share links. /share makes one (it shows your name and "
                    + "mastery per family unless you choose otherwise).", List.of(new Button("share:new", "New link")));
        }
        StringBuilder text = new StringBuilder("Your share links (" + active.size() + " active, at most "
                + ShareService.MAX_ACTIVE + "):\n");
        List<Button> buttons = new ArrayList<>();
        for (ShareLink link : active) {
            text.append('#').append(link.number()).append(" · ").append(ShareSection.describe(link.sections()))
                    .append(" · until ").append(date(link.expiresAt())).append(" (")
                    .append(Texts.in(Duration.between(clock.instant(), link.expiresAt()))).append(") · ")
                    .append(link.views() == 0 ? "not viewed yet" : "viewed " + Texts.plural(link.views(), "time"))
                    .append('\n');
            buttons.add(new Button("share:revoke:" + link.number(), "Revoke #" + link.number()));
        }
        text.append("Change one with /share edit <number>; turn one off with /share revoke <number>, or all with "
                + "/share revoke all.");
        if (active.size() > 1) {
            buttons.add(new Button("share:revoke:all", "Revoke all"));
        }
        buttons.add(new Button("share:new", "New link"));
        return Reply.withButtons(text.toString(), buttons);
    }

    private Reply revoke(long user, String which) {
        if (which.equalsIgnoreCase("all")) {
            int count = shares.revokeAll(user);
            return Reply.text(count == 0 ? "You had no active share links."
                    : "Turned off " + Texts.plural(count, "link") + ". Their pages are gone.");
        }
        if (!which.matches("#?\\d{1,6}")) {
            return Reply.text(USAGE);
        }
        int number = Integer.parseInt(which.replace("#", ""));
        return shares.revoke(user, number)
                ? Reply.text("Link #" + number + " is off: its page is gone.")
                : Reply.withButtons("You have no active link #" + number + ".",
                        List.of(new Button("share:list", "My links")));
    }

    private Reply edit(long user, int number) {
        Optional<ShareLink> link = shares.active(user).stream().filter(l -> l.number() == number).findFirst();
        if (link.isEmpty()) {
            return Reply.withButtons("You have no active link #" + number + ".",
                    List.of(new Button("share:list", "My links")));
        }
        StringBuilder text = new StringBuilder("Link #" + number + " shows:\n");
        List<Button> buttons = new ArrayList<>();
        for (ShareSection section : ShareSection.values()) {
            boolean on = link.get().sections().contains(section);
            text.append(on ? "✓ " : "✗ ").append(section.label());
            if (section == ShareSection.NAME) {
                text.append(": ").append(shares.displayName(user).map(n -> "\"" + n + "\"")
                        .orElse("none chosen, the page says \"A candidate\"")).append(" (/share name <name>)");
            }
            text.append('\n');
            buttons.add(new Button("share:t:" + number + ":" + section.id(),
                    (on ? "Hide " : "Show ") + section.id()));
        }
        Map<Family, SkillLevel> levels = shares.levels(user);
        if (link.get().sections().contains(ShareSection.LEVELS)) {
            if (levels.isEmpty()) {
                text.append("   You have no skill-check result yet: /check takes one.\n");
            }
            levels.forEach((family, level) -> {
                boolean on = link.get().levelAreas().contains(family);
                text.append("   ").append(on ? "✓ " : "✗ ").append(family.label()).append(": ")
                        .append(level.level().id()).append(" (").append(date(level.date())).append(")\n");
                buttons.add(new Button("share:a:" + number + ":" + family.id(),
                        (on ? "Hide " : "Show ") + family.label() + " level"));
            });
        }
        text.append("Press to switch; the page changes at once and the link stays the same. New links will show "
                + "the same.");
        buttons.add(new Button("share:list", "Done"));
        return Reply.withButtons(text.toString(), buttons);
    }

    private Reply toggle(long user, int number, String sectionId) {
        Optional<ShareLink> link = shares.active(user).stream().filter(l -> l.number() == number).findFirst();
        Optional<ShareSection> section = ShareSection.parse(sectionId);
        if (link.isEmpty() || section.isEmpty()) {
            return Reply.text("That link is no longer active. /share list shows your links.");
        }
        Set<ShareSection> sections = EnumSet.noneOf(ShareSection.class);
        sections.addAll(link.get().sections());
        if (!sections.remove(section.get())) {
            sections.add(section.get());
        }
        if (sections.isEmpty()) {
            return edit(user, number);
        }
        Set<Family> areas = link.get().levelAreas();
        if (section.get() == ShareSection.LEVELS && sections.contains(ShareSection.LEVELS) && areas.isEmpty()) {
            areas = shares.levels(user).keySet(); // switching levels on shows every area checked so far
        }
        shares.rescope(user, number, sections, areas);
        return edit(user, number);
    }

    private Reply toggleArea(long user, int number, String areaId) {
        Optional<ShareLink> link = shares.active(user).stream().filter(l -> l.number() == number).findFirst();
        Optional<Family> area = Family.parse(areaId);
        if (link.isEmpty() || area.isEmpty()) {
            return Reply.text("That link is no longer active. /share list shows your links.");
        }
        Set<Family> areas = EnumSet.noneOf(Family.class);
        areas.addAll(link.get().levelAreas());
        if (!areas.remove(area.get())) {
            areas.add(area.get());
        }
        shares.rescope(user, number, link.get().sections(), areas);
        return edit(user, number);
    }

    private Reply preview(long user, int number) {
        return shares.preview(user, number)
                .map(token -> Reply.text("Your preview of link #" + number + " (views here are not counted; it "
                        + "replaces any earlier preview address):\n" + publicBaseUrl.get() + "/p/" + token
                        + "\nKeep it to yourself: send recruiters the link itself."))
                .orElseGet(() -> Reply.withButtons("You have no active link #" + number + ".",
                        List.of(new Button("share:list", "My links"))));
    }

    private Reply rename(long user, String name) {
        if (name.isEmpty()) {
            return Reply.text(shares.displayName(user)
                    .map(n -> "Your share pages show the name \"" + n + "\" (when they show a name). Change it with "
                            + "/share name <name>, e.g. /share name Dana K.")
                    .orElse("You have not chosen a name for your share pages, so they say \"A candidate\" (your "
                            + "chat name is never used). Choose one with /share name <name>, e.g. /share name Dana K."));
        }
        return shares.rename(user, name)
                .map(stored -> Reply.text("Your share pages now show the name \"" + stored
                        + "\" (on links that show your name)."))
                .orElseGet(() -> Reply.text("Usage: /share name <name>, e.g. /share name Dana K."));
    }

    private String shows(long user, ShareLink link) {
        Set<ShareSection> sections = link.sections();
        String described = ShareSection.describe(sections);
        if (sections.contains(ShareSection.NAME)) {
            described = described.replace(ShareSection.NAME.label(), ShareSection.NAME.label() + " ("
                    + shares.displayName(user).map(n -> "\"" + n + "\"").orElse("none chosen yet") + ")");
        }
        if (sections.contains(ShareSection.LEVELS)) {
            String areas = link.levelAreas().size() == Family.values().length ? "every area"
                    : link.levelAreas().stream().sorted().map(Family::label).collect(Collectors.joining(", "));
            described = described.replace(ShareSection.LEVELS.label(), ShareSection.LEVELS.label() + " ("
                    + (areas.isEmpty() ? "no area chosen" : areas) + ", latest only)");
        }
        return described;
    }

    private String nameHint(long user, Set<ShareSection> sections) {
        return sections.contains(ShareSection.NAME) && shares.displayName(user).isEmpty()
                ? "\nThe page says \"A candidate\" until you choose a name: /share name Dana K." : "";
    }

    private String date(java.time.Instant instant) {
        return DATE.format(LocalDate.ofInstant(instant, zone));
    }

    private static String date(LocalDate day) {
        return DATE.format(day);
    }
}
