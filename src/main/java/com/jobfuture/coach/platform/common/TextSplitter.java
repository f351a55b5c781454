package com.jobfuture.coach.platform.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the coach's text (plain, with Markdown-style code) into parts of at most {@code limit} characters, at
 * line breaks where it can, for platforms that show that text as it is (Discord's Markdown; a platform that
 * converts it first, like Telegram's HTML, splits the converted text itself). A fenced code block cut by a split
 * is closed at the end of one part and reopened, with its language, in the next. Stateless and thread-safe.
 */
public final class TextSplitter {
    private static final String FENCE = "```";
    private final int limit;

    public TextSplitter(int limit) {
        if (limit < 100) {
            throw new IllegalArgumentException("limit too small: " + limit);
        }
        this.limit = limit;
    }

    /** The parts, in order; one part when the text fits; blank parts are dropped (empty text gives none). */
    public List<String> split(String text) {
        if (text.length() <= limit) {
            return text.isBlank() ? List.of() : List.of(text);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String openFence = null;
        // Long lines are cut so that a part always has room for a reopened fence and a closing one.
        int maxPiece = limit - 2 * (FENCE.length() + 40);
        for (String line : text.split("\n", -1)) {
            for (String piece : pieces(line, maxPiece)) {
                String fenceAfter = toggles(piece) ? (openFence == null ? fenceOpener(piece) : null) : openFence;
                int closing = fenceAfter == null ? 0 : FENCE.length() + 1;
                int added = (current.length() == 0 ? 0 : 1) + piece.length();
                if (current.length() > 0 && current.length() + added + closing > limit) {
                    if (openFence != null) {
                        current.append('\n').append(FENCE);
                    }
                    addPart(parts, current);
                    current.setLength(0);
                    if (openFence != null) {
                        current.append(openFence);
                    }
                }
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(piece);
                openFence = fenceAfter;
            }
        }
        addPart(parts, current);
        return List.copyOf(parts);
    }

    private static void addPart(List<String> parts, StringBuilder part) {
        String text = part.toString().stripTrailing();
        if (!text.isBlank()) {
            parts.add(text);
        }
    }

    /** A line that opens or closes a fenced block (a fence that also closes on the same line does neither). */
    private static boolean toggles(String line) {
        String stripped = line.strip();
        return stripped.startsWith(FENCE) && stripped.indexOf(FENCE, FENCE.length()) < 0;
    }

    /** The opening fence with its language (e.g. {@code ```python}), capped so it always fits. */
    private static String fenceOpener(String line) {
        String opener = line.strip();
        int end = opener.indexOf(' ');
        opener = end < 0 ? opener : opener.substring(0, end);
        return opener.length() > 40 ? FENCE : opener;
    }

    private static List<String> pieces(String line, int max) {
        if (line.length() <= max) {
            return List.of(line);
        }
        List<String> pieces = new ArrayList<>();
        String rest = line;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf(' ', max);
            if (cut < max / 2) {
                cut = max;
            }
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        pieces.add(rest);
        return pieces;
    }
}
