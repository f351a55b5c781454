package com.jobfuture.coach.core.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jobfuture.coach.core.common.CoachCounter;
import com.jobfuture.coach.core.common.CoachMetrics;
import com.jobfuture.coach.core.user.UserDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform-neutral coach: routes each incoming message or button press to the feature that answers it and
 * returns the replies. Routing is by name: a command to the feature that declares it, a button action to the
 * feature owning its namespace (the part before the first {@code :}), free text to the feature the user last
 * used if it has a question open, else to the first feature with one. Messages of one user are handled one at a
 * time; different users run concurrently. {@link #shutdown} waits for in-flight messages, so their writes finish.
 */
public final class CoachBot {
    private static final Logger LOG = LoggerFactory.getLogger(CoachBot.class);
    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z_]+)(?:@\\w+)?(?:\\s+(.*))?$", Pattern.DOTALL);
    private static final int MAX_TEXT = 4000;
    private static final int LOCK_STRIPES = 64;
    private static final int MAX_FOCUS_ENTRIES = 100_000;
    /** The built-in commands. */
    public static final String START = "start";
    public static final String HELP = "help";
    /** The built-in action asking the feature that owns the user's open question where it stands. */
    public static final String WHERE_IT_STANDS = "where-it-stands";
    private static final Set<String> RESERVED = Set.of(START, HELP, WHERE_IT_STANDS);
    private static final List<CommandSpec> BUILT_IN = List.of(
            CommandSpec.of(START, "/" + START, "welcome and what I can do").asGreeting(),
            CommandSpec.of(HELP, "/" + HELP, "the commands"));

    private final UserDirectory users;
    private final CoachMetrics metrics;
    private final List<ChatFeature> features;
    private final Set<String> adminIds;
    private final Map<String, ChatFeature> commandToFeature = new LinkedHashMap<>();
    private final Map<String, CommandSpec> commandToSpec = new LinkedHashMap<>();
    private final Map<String, ChatFeature> namespaceToFeature = new LinkedHashMap<>();
    /** The feature each user last used: it is asked first for their free text. */
    private final Cache<Long, ChatFeature> userIdToFocus = Caffeine.newBuilder().maximumSize(MAX_FOCUS_ENTRIES).build();
    private final Lock[] userLocks = new Lock[LOCK_STRIPES];
    private final ReentrantReadWriteLock running = new ReentrantReadWriteLock();
    private volatile boolean closed;

    /** Builds the bot from its features; {@code adminIds} lists {@code platform:id} identities with admin rights. */
    public CoachBot(UserDirectory users, List<ChatFeature> features, Set<String> adminIds) {
        this(users, features, adminIds, CoachMetrics.none());
    }

    /** Builds the bot, counting every message and button press handled in {@code metrics}. */
    public CoachBot(UserDirectory users, List<ChatFeature> features, Set<String> adminIds, CoachMetrics metrics) {
        this.metrics = metrics;
        this.users = users;
        this.features = List.copyOf(features);
        this.adminIds = Set.copyOf(adminIds);
        for (ChatFeature feature : this.features) {
            for (CommandSpec spec : feature.commands()) {
                if (RESERVED.contains(spec.name()) || commandToFeature.putIfAbsent(spec.name(), feature) != null) {
                    throw new IllegalArgumentException("two features answer /" + spec.name());
                }
                commandToSpec.put(spec.name(), spec);
                claim(spec.name(), feature);
            }
            feature.actionNamespaces().forEach(namespace -> claim(namespace, feature));
        }
        for (int i = 0; i < LOCK_STRIPES; i++) {
            userLocks[i] = new ReentrantLock();
        }
    }

    private void claim(String namespace, ChatFeature feature) {
        if (RESERVED.contains(namespace) || namespace.contains(":")) {
            throw new IllegalArgumentException("action namespace not allowed: " + namespace);
        }
        ChatFeature earlier = namespaceToFeature.putIfAbsent(namespace, feature);
        if (earlier != null && earlier != feature) {
            throw new IllegalArgumentException("two features claim the action namespace " + namespace);
        }
    }

    /**
     * Every command, the built-in ones first: platforms render their menus, slash commands and help from these
     * (Telegram's setMyCommands, Discord's slash list).
     */
    public List<CommandSpec> commands() {
        List<CommandSpec> all = new ArrayList<>(BUILT_IN);
        all.addAll(commandToSpec.values());
        return all;
    }

    /**
     * The confidential reply {@code secret} names, rendered again by its feature (see {@link ChatFeature#reissue}),
     * or empty when it (or its user) is gone or the bot is stopping. Never throws.
     */
    public Optional<Reply> reissue(SecretRef secret) {
        if (!running.readLock().tryLock()) {
            return Optional.empty();
        }
        try {
            if (closed || !users.exists(secret.userId())) {
                return Optional.empty();
            }
            Lock lock = userLocks[Math.floorMod(Long.hashCode(secret.userId()), LOCK_STRIPES)];
            lock.lock();
            try {
                for (ChatFeature feature : features) {
                    Optional<Reply> reply = feature.reissue(secret);
                    if (reply.isPresent()) {
                        return reply;
                    }
                }
                return Optional.empty();
            } finally {
                lock.unlock();
            }
        } catch (RuntimeException e) {
            LOG.error("Failed to render a {} again", secret.kind(), e);
            return Optional.empty();
        } finally {
            running.readLock().unlock();
        }
    }

    /** Handles one message or button press and returns the replies, in order. Never throws. */
    public List<Reply> handle(Incoming incoming) {
        if (!running.readLock().tryLock()) {
            return List.of(Reply.text("I'm restarting right now — please try again in a minute."));
        }
        try {
            if (closed) {
                return List.of(Reply.text("I'm restarting right now — please try again in a minute."));
            }
            metrics.increment(CoachCounter.MESSAGES_HANDLED);
            ChatUser user = incoming.user();
            long userId = users.userId(user.platform(), user.externalId(), user.displayName());
            ChatRequest request = new ChatRequest(userId, user, incoming.conversation(),
                    user.operator() || adminIds.contains(user.qualifiedId()));
            Lock lock = userLocks[Math.floorMod(Long.hashCode(userId), LOCK_STRIPES)];
            lock.lock();
            try {
                return incoming.isPress() ? onAction(request, incoming.action()) : onText(request, incoming.text());
            } finally {
                lock.unlock();
            }
        } catch (RuntimeException e) {
            LOG.error("Failed to handle a message from {}", incoming.user().qualifiedId(), e);
            return List.of(Reply.text("Sorry, something went wrong on my side and nothing was saved for that "
                    + "message. Please try again; if it keeps happening, /stop and /quiz again."));
        } finally {
            running.readLock().unlock();
        }
    }

    /** Stops taking new messages and waits (up to the timeout) for in-flight ones to finish. */
    public boolean shutdown(long timeout, TimeUnit unit) throws InterruptedException {
        closed = true;
        boolean drained = running.writeLock().tryLock(timeout, unit);
        if (drained) {
            running.writeLock().unlock();
        }
        return drained;
    }

    private List<Reply> onText(ChatRequest request, String rawText) {
        String text = rawText.length() > MAX_TEXT ? rawText.substring(0, MAX_TEXT) : rawText;
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return List.of(Reply.text("Send /help to see what I can do."));
        }
        Matcher command = COMMAND.matcher(trimmed);
        if (trimmed.startsWith("/")) {
            if (!command.matches()) {
                return List.of(Reply.text("That doesn't look like a command I know. Send /help to see them."));
            }
            String name = command.group(1).toLowerCase(Locale.ROOT);
            String args = command.group(2) == null ? "" : command.group(2).strip();
            return onCommand(request, name, args);
        }
        for (ChatFeature feature : focusFirst(request)) {
            Optional<List<Reply>> replies = feature.onText(request, trimmed);
            if (replies.isPresent()) {
                userIdToFocus.put(request.userId(), feature);
                return replies.get();
            }
        }
        return List.of(Reply.withButtons("I'm not sure what to do with that. Start practising with /quiz, "
                + "or send /help.", List.of(new Button("quiz:all", "Start a quiz"), new Button("help", "Help"))));
    }

    private List<Reply> onCommand(ChatRequest request, String name, String args) {
        if (name.equals(START)) {
            return List.of(welcome(request));
        }
        if (name.equals(HELP)) {
            return List.of(help(request));
        }
        ChatFeature feature = commandToFeature.get(name);
        CommandSpec spec = commandToSpec.get(name);
        if (feature == null || (!spec.isPublic() && !request.admin())) {
            return List.of(Reply.text("I don't know /" + name + ". Send /help to see what I can do."));
        }
        userIdToFocus.put(request.userId(), feature);
        List<Reply> replies = feature.onCommand(request, name, args);
        if (!spec.showsState()) {
            return replies;
        }
        // Where things stand now: only the latest answer is worth sending (platforms drop unsent older ones).
        String what = args.isEmpty() ? name : name + " " + args.toLowerCase(Locale.ROOT);
        return replies.stream().map(reply -> reply.replacesOrigin() ? reply : reply.asSnapshotOf(what)).toList();
    }

    private List<Reply> onAction(ChatRequest request, String action) {
        if (action.equals(HELP)) {
            return List.of(help(request));
        }
        if (action.equals(WHERE_IT_STANDS)) {
            for (ChatFeature feature : focusFirst(request)) {
                Optional<List<Reply>> replies = feature.whereItStands(request);
                if (replies.isPresent()) {
                    return replies.get();
                }
            }
            return List.of(help(request));
        }
        int colon = action.indexOf(':');
        ChatFeature feature = namespaceToFeature.get(colon < 0 ? action : action.substring(0, colon));
        Optional<List<Reply>> replies = feature == null ? Optional.empty() : feature.onAction(request, action);
        if (replies.isPresent()) {
            userIdToFocus.put(request.userId(), feature);
            return replies.get();
        }
        return List.of(Reply.text("That button has expired. Send /help to see what I can do."));
    }

    /** The features in order, the one this user last used first. */
    private List<ChatFeature> focusFirst(ChatRequest request) {
        ChatFeature focus = userIdToFocus.getIfPresent(request.userId());
        if (focus == null) {
            return features;
        }
        List<ChatFeature> ordered = new ArrayList<>(features.size());
        ordered.add(focus);
        features.stream().filter(f -> f != focus).forEach(ordered::add);
        return ordered;
    }

    private Reply welcome(ChatRequest request) {
        String text = "Hi " + request.user().displayName() + "! I'm the JobFuture interview coach for Django "
                + "backend roles.\n" + commandList(request)
                + "\nYour answers stay private. You decide if and when to share your progress.";
        return Reply.withButtons(text, List.of(new Button("quiz:all", "Start a quiz"),
                new Button("topics", "Pick a topic")));
    }

    private Reply help(ChatRequest request) {
        return Reply.withButtons("Here's what I can do:\n" + commandList(request)
                + "\nOn buttons: press them, or in the terminal type their number.",
                List.of(new Button("quiz:all", "Start a quiz")));
    }

    private String commandList(ChatRequest request) {
        StringBuilder text = new StringBuilder();
        for (CommandSpec spec : commandToSpec.values()) {
            if (spec.isPublic() || request.admin()) {
                text.append("• ").append(spec.usage()).append(" — ").append(spec.summary()).append('\n');
            }
        }
        text.append("• /help — this list\n");
        return text.toString();
    }
}
