package com.jobfuture.coach.platform.common;

import com.jobfuture.coach.core.chat.Button;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a reply's buttons out in rows, in order: a row takes buttons until it holds {@code maxPerRow} or the next
 * label would take it past {@code maxRowChars} (a long label gets a row of its own). Discord: 5 per row, any
 * width; Telegram: 4 per row, 28 characters. Immutable.
 */
public record ButtonLayout(int maxPerRow, int maxRowChars) {
    public ButtonLayout {
        if (maxPerRow < 1 || maxRowChars < 1) {
            throw new IllegalArgumentException("rows must hold a button");
        }
    }

    /** The rows for these buttons (none for none). */
    public List<List<Button>> rows(List<Button> buttons) {
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        int chars = 0;
        for (Button button : buttons) {
            int width = button.label().length();
            if (!row.isEmpty() && (row.size() == maxPerRow || chars + width > maxRowChars)) {
                rows.add(List.copyOf(row));
                row.clear();
                chars = 0;
            }
            row.add(button);
            chars += Math.min(width, maxRowChars);
        }
        if (!row.isEmpty()) {
            rows.add(List.copyOf(row));
        }
        return List.copyOf(rows);
    }
}
