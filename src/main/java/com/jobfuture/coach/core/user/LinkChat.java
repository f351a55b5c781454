package com.jobfuture.coach.core.user;

import com.jobfuture.coach.core.chat.ChatFeature;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.chat.SecretRef;
import com.jobfuture.coach.core.chat.Texts;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** /link: one progress across platforms. {@code /link} gives a code; {@code /link CODE} on the other account merges. */
public final class LinkChat implements ChatFeature {
    private final IdentityLinking linking;
    private final UserRepository users;
    private final Clock clock;

    public LinkChat(IdentityLinking linking, UserRepository users, Clock clock) {
        this.linking = linking;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.of("link", "/link [code]",
                "one progress across Telegram, Discord and the console"));
    }

    @Override
    public List<Reply> onCommand(ChatRequest request, String command, String args) {
        return List.of(args.isEmpty() ? newCode(request) : redeem(request, args));
    }

    private Reply newCode(ChatRequest request) {
        return codeMessage(request.userId(), linking.newCode(request.userId()), "Your link code: ");
    }

    /** After a restart cut off a code's message: a new code (the lost one void), unless it was used or expired. */
    @Override
    public Optional<Reply> reissue(SecretRef secret) {
        if (!secret.kind().equals(SecretRef.LINK_CODE)) {
            return Optional.empty();
        }
        long user = secret.userId();
        return linking.renewCode(user).map(code -> codeMessage(user, code, "I restarted before I could make sure "
                + "your link code reached you, so here is a fresh one (the earlier one no longer works).\n"
                + "Your link code: "));
    }

    private Reply codeMessage(long user, String code, String intro) {
        return Reply.text(intro + code + " (works once, for "
                + Texts.plural(IdentityLinking.CODE_TTL.toMinutes(), "minute") + ").\n"
                + "On your other account (Telegram, Discord or the console) send:\n/link " + code + "\n"
                + "Both accounts then share one progress; nothing is lost or counted twice.\n"
                + "Keep the code to yourself: whoever enters it joins your progress.\n"
                + "Linked now: " + identities(user) + ".").asSecret(SecretRef.ofUser(SecretRef.LINK_CODE, user));
    }

    private Reply redeem(ChatRequest request, String code) {
        LinkResult result = linking.redeem(request.userId(), code);
        if (result instanceof LinkResult.Linked linked) {
            return Reply.text("Linked! These accounts now share one progress: " + identities(linked.userId())
                    + ".\nYour answers from both sides are kept, each counted once. See /progress.");
        }
        if (result instanceof LinkResult.SameUser) {
            return Reply.text("That code belongs to this account. Send /link " + code.strip()
                    + " from your other account (Telegram, Discord or the console) instead.");
        }
        if (result instanceof LinkResult.Rejected rejected) {
            return Reply.text("That code doesn't work: it may be mistyped, used already or older than "
                    + Texts.plural(IdentityLinking.CODE_TTL.toMinutes(), "minute") + ". Send /link on your other "
                    + "account for a new one. (" + Texts.plural(rejected.triesLeft(), "attempt") + " left for now.)");
        }
        LinkResult.TooManyAttempts tooMany = (LinkResult.TooManyAttempts) result;
        return Reply.text("Too many wrong codes. Please try again "
                + Texts.in(Duration.between(clock.instant(), tooMany.retryAt())) + ".");
    }

    private String identities(long userId) {
        return users.identities(userId).stream().map(identity -> identity.platform())
                .collect(Collectors.joining(", "));
    }
}
