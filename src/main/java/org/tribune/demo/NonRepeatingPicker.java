package org.tribune.demo;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Picks items at random while avoiding the last few picks, so that neighbouring sentences never share a pattern;
 * with a few dozen templates, plain random picks repeat within a paragraph often enough to look machine-made.
 */
final class NonRepeatingPicker<T> {

    private final List<T> items;
    private final int[] recent;
    private int next;

    NonRepeatingPicker(List<T> items, int memory) {
        if (memory >= items.size()) {
            throw new IllegalArgumentException("memory must be smaller than the " + items.size() + " items");
        }
        this.items = items;
        this.recent = new int[memory];
        Arrays.fill(recent, -1);
    }

    T pick(SplittableRandom rng) {
        int index;
        do {
            index = rng.nextInt(items.size());
        } while (isRecent(index));
        recent[next] = index;
        next = (next + 1) % recent.length;
        return items.get(index);
    }

    private boolean isRecent(int index) {
        for (int used : recent) {
            if (used == index) {
                return true;
            }
        }
        return false;
    }
}
