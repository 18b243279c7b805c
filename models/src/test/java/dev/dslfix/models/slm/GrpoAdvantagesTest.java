package dev.dslfix.models.slm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GrpoAdvantagesTest {
    @Test
    void aPassingSampleGainsAndItsFailingGroupMatesLose() {
        double[] a = GrpoTrainer.advantages(new double[] {1.0, 0.0, 0.0, 0.0}, new int[] {0, 0, 0, 0});
        assertEquals(0.75 / 4, a[0], 1e-9);
        assertEquals(-0.25 / 4, a[1], 1e-9);
    }

    @Test
    void hairsOfSimilarityInAnAllFailingGroupStayHairs() {
        // Every sample failed; the rewards differ by 0.002 of similarity. Dividing by the group's
        // spread would blow that up to the size of a pass/fail difference.
        double[] noise = GrpoTrainer.advantages(new double[] {0.490, 0.492, 0.489, 0.491}, new int[] {0, 0, 0, 0});
        double[] signal = GrpoTrainer.advantages(new double[] {1.0, 0.49, 0.49, 0.49}, new int[] {0, 0, 0, 0});
        for (double x : noise) {
            assertTrue(Math.abs(x) < Math.abs(signal[0]) / 100, "noise advantage " + x);
        }
    }

    @Test
    void groupsAreCentredSeparately() {
        double[] a = GrpoTrainer.advantages(new double[] {1.0, 1.0, 0.0, 0.5}, new int[] {0, 0, 1, 1});
        assertEquals(0.0, a[0], 1e-9);
        assertEquals(0.0, a[1], 1e-9);
        assertEquals(-0.25 / 2, a[2], 1e-9);
        assertEquals(0.25 / 2, a[3], 1e-9);
    }
}
