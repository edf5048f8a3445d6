package nl.xenia.portal.consultations.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Which counts of a group of cells are hidden so that no group smaller than the threshold can be seen or worked out:
 * every count below the threshold is hidden, and when the cells add up to a total that is shown (one choice, a scale)
 * and exactly one cell is hidden, the next smallest is hidden too, so the hidden one cannot be found by subtraction.
 */
public final class Suppression {

    private Suppression() {
    }

    /**
     * @param counts
     *            the cells' counts
     * @param threshold
     *            counts below it are hidden
     * @param addsUpToShownTotal
     *            whether the cells add up to a total the reader sees
     * @return per cell, whether it is hidden
     */
    public static List<Boolean> hidden(List<Long> counts, int threshold, boolean addsUpToShownTotal) {
        List<Boolean> hidden = new ArrayList<>();
        int hiddenCount = 0;
        for (long count : counts) {
            boolean small = count < threshold;
            hidden.add(small);
            hiddenCount += small ? 1 : 0;
        }
        if (addsUpToShownTotal && hiddenCount == 1 && counts.size() > 1) {
            int next = -1;
            for (int i = 0; i < counts.size(); i++) {
                if (!hidden.get(i) && (next < 0 || counts.get(i) < counts.get(next))) {
                    next = i;
                }
            }
            hidden.set(next, true);
        }
        return hidden;
    }
}
