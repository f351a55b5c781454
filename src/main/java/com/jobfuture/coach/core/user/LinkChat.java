package com.jobfuture.coach.core.user;

import com.jobfuture.coach.core.chat.ChatFeature;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.chat.Texts;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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
        String code = linking.newCode(request.userId());
        return Reply.text("Your link code: " + code + " (works once, for "
                + Texts.plural(IdentityLinking.CODE_TTL.toMinutes(), "minute") + ").\n"
                + "On your other account (Telegram, Discord or the console) send:\n/link " + code + "\n"
                + "Both accounts then share one progress; nothing is lost or counted twice.\n"
                + "Keep the code to yourself: whoever enters it joins your progress.\n"
                + "Linked now: " + identities(request.userId()) + ".").asConfidential();
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
