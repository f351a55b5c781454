package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.core.chat.Button;
import java.util.ArrayList;
import java.util.List;

/** Lays a reply's buttons out in rows: short labels share a row (up to four), long ones get their own. */
final class KeyboardLayout {
    private static final int MAX_PER_ROW = 4;
    private static final int MAX_ROW_CHARS = 28;

    private KeyboardLayout() {
    }

    static List<List<Button>> rows(List<Button> buttons) {
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        int chars = 0;
        for (Button button : buttons) {
            int width = button.label().length();
            if (!row.isEmpty() && (row.size() == MAX_PER_ROW || chars + width > MAX_ROW_CHARS)) {
                rows.add(List.copyOf(row));
                row.clear();
                chars = 0;
            }
            row.add(button);
            chars += width;
        }
        if (!row.isEmpty()) {
            rows.add(List.copyOf(row));
        }
        return List.copyOf(rows);
    }
}
