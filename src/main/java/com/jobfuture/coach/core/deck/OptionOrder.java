package com.jobfuture.coach.core.deck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The order in which a choice question's options are displayed: {@code deckIndexes.get(p)} is the index in the deck
 * file of the option shown at position {@code p} (letter A, B, …). Answers are kept by deck index, never by
 * position; the order is only for display, so it is stored with whatever shows the question (a quiz session, a
 * daily post) and shown again unchanged. {@code optionsVersion} is a short hash of the question's options when the order
 * was drawn (empty for orders stored before it existed): if a /reload changes the options, a press made on the old
 * message no longer fits and is refused rather than counted against another option.
 */
public record OptionOrder(List<Integer> deckIndexes, String optionsVersion) {
    public OptionOrder {
        deckIndexes = List.copyOf(deckIndexes);
        optionsVersion = optionsVersion == null ? "" : optionsVersion;
        int size = deckIndexes.size();
        Set<Integer> distinct = new HashSet<>(deckIndexes);
        if (distinct.size() != size || deckIndexes.stream().anyMatch(i -> i < 0 || i >= size)) {
            throw new IllegalArgumentException("not a permutation of 0.." + (size - 1) + ": " + deckIndexes);
        }
    }

    /** An order with no options version (fits any question with as many options). */
    public OptionOrder(List<Integer> deckIndexes) {
        this(deckIndexes, "");
    }

    /** The file order (what every question showed before options were shuffled). */
    public static OptionOrder identity(int size) {
        List<Integer> indexes = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            indexes.add(i);
        }
        return new OptionOrder(indexes);
    }

    /** A uniformly random order of {@code size} options (Fisher–Yates), drawn from {@code random}. */
    public static OptionOrder shuffled(int size, RandomGenerator random) {
        List<Integer> indexes = new ArrayList<>(identity(size).deckIndexes());
        for (int i = size - 1; i > 0; i--) {
            Collections.swap(indexes, i, random.nextInt(i + 1));
        }
        return new OptionOrder(indexes);
    }

    /** A random order for the question's options, tied to their current version. */
    public static OptionOrder shuffled(ChoiceQuestion question, RandomGenerator random) {
        return new OptionOrder(shuffled(question.options().size(), random).deckIndexes(), versionOf(question));
    }

    /**
     * A short hash (8 hex digits of SHA-256) of a question's options in file order, their texts and which is
     * correct: it changes when a deck edit reorders, rewords, adds or removes options.
     */
    public static String versionOf(ChoiceQuestion question) {
        StringBuilder all = new StringBuilder();
        for (ChoiceOption option : question.options()) {
            all.append(option.correct() ? '+' : '-').append(option.text()).append('\u0000');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Reads a stored order ({@link #encode()}); empty when it is missing, malformed or for another number of
     * options (the deck changed since), so the caller draws a new one.
     */
    public static Optional<OptionOrder> parse(String stored, int size) {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        int hash = stored.indexOf('#');
        String version = hash < 0 ? "" : stored.substring(hash + 1).strip();
        String indexesText = hash < 0 ? stored : stored.substring(0, hash);
        try {
            List<Integer> indexes = new ArrayList<>();
            for (String part : indexesText.split(",")) {
                indexes.add(Integer.parseInt(part.strip()));
            }
            return indexes.size() == size ? Optional.of(new OptionOrder(indexes, version)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The form to store, e.g. {@code 2,0,1#9f86d081} ({@code 2,0,1} without a version). */
    public String encode() {
        String indexes = deckIndexes.stream().map(String::valueOf).collect(Collectors.joining(","));
        return optionsVersion.isEmpty() ? indexes : indexes + "#" + optionsVersion;
    }

    /**
     * Whether this order fits a question: the same number of options and, when the order has a version, the same
     * options as when it was drawn.
     */
    public boolean fits(ChoiceQuestion question) {
        return deckIndexes.size() == question.options().size()
                && (optionsVersion.isEmpty() || optionsVersion.equals(versionOf(question)));
    }

    public int size() {
        return deckIndexes.size();
    }

    /** The deck index of the option shown at {@code position} (0 = A). */
    public int deckIndexAt(int position) {
        return deckIndexes.get(position);
    }

    /** The display position (0 = A) of the option with deck index {@code deckIndex}. */
    public int positionOf(int deckIndex) {
        int position = deckIndexes.indexOf(deckIndex);
        if (position < 0) {
            throw new IllegalArgumentException("no option " + deckIndex + " in " + deckIndexes);
        }
        return position;
    }

    /** The letter shown for the option with deck index {@code deckIndex}. */
    public String letterOf(int deckIndex) {
        return letter(positionOf(deckIndex));
    }

    /** The options of a question in display order. */
    public List<ChoiceOption> displayed(ChoiceQuestion question) {
        return deckIndexes.stream().map(i -> question.options().get(i)).toList();
    }

    /** The letter of a display position: A for 0, B for 1, … */
    public static String letter(int position) {
        return String.valueOf((char) ('A' + position));
    }
}
