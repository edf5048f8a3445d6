package nl.xenia.portal.consultations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void everyCountBelowTheThresholdIsHidden() {
        assertEquals(List.of(true, false, true, false), Suppression.hidden(List.of(4L, 5L, 0L, 12L), 5, false),
                "expected 4 and 0 hidden, 5 and 12 shown");
    }

    @Test
    void aSingleHiddenCellOfATotalTakesTheNextSmallestWithIt() {
        // 3 + 6 + 9 = 18 shown as a total: 3 alone hidden could be worked out as 18 - 6 - 9
        List<Boolean> hidden = Suppression.hidden(List.of(6L, 3L, 9L), 5, true);
        assertEquals(List.of(true, true, false), hidden, "expected 6 hidden too, the next smallest");
        long recoverable = hidden.stream().filter(h -> h).count();
        assertEquals(2, recoverable, "expected no cell alone hidden, so none can be subtracted out");
    }

    @Test
    void cellsThatDoNotAddUpToATotalNeedNoSecondCell() {
        assertEquals(List.of(false, true, false), Suppression.hidden(List.of(6L, 3L, 9L), 5, false),
                "expected only the small cell hidden when the cells are not parts of one total");
    }

    @Test
    void twoHiddenCellsAreEnough() {
        assertEquals(List.of(true, true, false), Suppression.hidden(List.of(1L, 2L, 9L), 5, true),
                "expected two hidden cells left as they are");
    }
}
