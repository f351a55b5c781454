package com.jobfuture.coach.core.chat;

import java.util.List;
import java.util.Optional;

/**
 * A message from the coach: text (plain, with Markdown-style `code` and fenced blocks), optional buttons, whether
 * it may replace the message whose button was pressed (adapters that can edit messages do so), who may see it
 * (the sender only unless said otherwise), an optional file (an image such as a PNG card, or a document), and
 * whether it asks a question the sender may answer by typing (platforms that cannot read typed answers where it
 * is shown offer a place where they can), whether it is confidential (it carries a secret or a person's data — a
 * share link, a link code, an export — which platforms deliver without ever writing it to disk), and whether it is
 * a snapshot of where something stands ({@code snapshotOf}: a platform still holding an unsent earlier snapshot of
 * the same thing drops it, sending only the latest), and which secret it carries ({@code secret}, see
 * {@link SecretRef}). New optional parts come as further {@code with…} methods.
 */
public record Reply(String text, List<Button> buttons, boolean replacesOrigin, Audience audience,
                    Optional<Attachment> attachment, boolean invitesTypedAnswer, boolean confidential,
                    Optional<String> snapshotOf, Optional<SecretRef> secret) {
    public Reply {
        buttons = List.copyOf(buttons);
    }

    /** A reply whose secret, if confidential, is not named (it cannot be rendered again after a restart). */
    public Reply(String text, List<Button> buttons, boolean replacesOrigin, Audience audience,
                 Optional<Attachment> attachment, boolean invitesTypedAnswer, boolean confidential,
                 Optional<String> snapshotOf) {
        this(text, buttons, replacesOrigin, audience, attachment, invitesTypedAnswer, confidential, snapshotOf,
                Optional.empty());
    }

    /** A reply that is neither confidential nor a snapshot. */
    public Reply(String text, List<Button> buttons, boolean replacesOrigin, Audience audience,
                 Optional<Attachment> attachment, boolean invitesTypedAnswer) {
        this(text, buttons, replacesOrigin, audience, attachment, invitesTypedAnswer, false, Optional.empty());
    }

    /** A reply that does not ask for a typed answer. */
    public Reply(String text, List<Button> buttons, boolean replacesOrigin, Audience audience,
                 Optional<Attachment> attachment) {
        this(text, buttons, replacesOrigin, audience, attachment, false);
    }

    /** A reply to the sender only, without a file. */
    public Reply(String text, List<Button> buttons, boolean replacesOrigin) {
        this(text, buttons, replacesOrigin, Audience.SENDER, Optional.empty(), false);
    }

    public static Reply text(String text) {
        return new Reply(text, List.of(), false);
    }

    public static Reply withButtons(String text, List<Button> buttons) {
        return new Reply(text, buttons, false);
    }

    /** The same reply, marked as replacing the message whose button was pressed. */
    public Reply replacingOrigin() {
        return new Reply(text, buttons, true, audience, attachment, invitesTypedAnswer, confidential, snapshotOf,
                secret);
    }

    /** The same reply, visible to everyone in the conversation. */
    public Reply toConversation() {
        return new Reply(text, buttons, replacesOrigin, Audience.CONVERSATION, attachment, invitesTypedAnswer,
                confidential, snapshotOf, secret);
    }

    /** The same reply with a file. */
    public Reply withAttachment(Attachment file) {
        return new Reply(text, buttons, replacesOrigin, audience, Optional.of(file), invitesTypedAnswer,
                confidential, snapshotOf, secret);
    }

    /** The same reply, marked as a question the sender may answer by typing. */
    public Reply invitingTypedAnswer() {
        return new Reply(text, buttons, replacesOrigin, audience, attachment, true, confidential, snapshotOf,
                secret);
    }

    /** The same reply with other text (and buttons): for platforms that add a note or a button of their own. */
    public Reply withContent(String otherText, List<Button> otherButtons) {
        return new Reply(otherText, otherButtons, replacesOrigin, audience, attachment, invitesTypedAnswer,
                confidential, snapshotOf, secret);
    }

    /** The same reply, marked confidential: a secret or a person's data that must never be written to disk. */
    public Reply asConfidential() {
        return new Reply(text, buttons, replacesOrigin, audience, attachment, invitesTypedAnswer, true, snapshotOf,
                secret);
    }

    /**
     * The same reply, as a snapshot of {@code what} (e.g. {@code progress}): an unsent earlier snapshot of the same
     * thing for the same person is stale once this one exists.
     */
    public Reply asSnapshotOf(String what) {
        return new Reply(text, buttons, replacesOrigin, audience, attachment, invitesTypedAnswer, confidential,
                Optional.of(what), secret);
    }

    /**
     * The same reply, confidential and naming its secret ({@code secret}): a platform that lost it to a restart
     * asks the coach for it again instead of apologising.
     */
    public Reply asSecret(SecretRef secret) {
        return new Reply(text, buttons, replacesOrigin, audience, attachment, invitesTypedAnswer, true, snapshotOf,
                Optional.of(secret));
    }
}
