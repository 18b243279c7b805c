package dev.dslfix.models.corrupt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.models.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The split must never move a program between train and eval: pinned values guard the hash. */
class DataSplitTest {

    @Test
    void pinnedAssignmentsNeverChange() {
        // CRC32 of the UTF-8 name mod 100: 1, 16, 33 are eval (< 40); 47 is train.
        assertTrue(DataSplit.isEval("iot_tiny.sql"));
        assertTrue(DataSplit.isEval("hr_small_query.sql"));
        assertTrue(DataSplit.isEval("library_tiny.sql"));
        assertFalse(DataSplit.isEval("shop_schema.sql"));
        assertTrue(DataSplit.isTrain("shop_schema.sql"));
        assertEquals(47, DataSplit.bucket("shop_schema.sql"));
    }

    @Test
    void onlyTheFileNameCounts() {
        for (String name : List.of("iot_tiny.sql", "shop_schema.sql", "x.calc")) {
            boolean eval = DataSplit.isEval(name);
            assertEquals(eval, DataSplit.isEval("test-fixtures/sql/valid/" + name));
            assertEquals(eval, DataSplit.isEval("/abs/path/" + name));
            assertEquals(eval, DataSplit.isEval("C:\\data\\" + name));
        }
    }

    @Test
    void aboutFortyPercentAreEval() {
        int eval = 0;
        int n = 5000;
        for (int i = 0; i < n; i++) {
            if (DataSplit.isEval("program_" + i + ".dsl")) {
                eval++;
            }
        }
        double share = eval / (double) n;
        assertTrue(share > 0.36 && share < 0.44, "eval share " + share);
        List<Path> sql = Fixtures.sqlValid();
        long sqlEval = sql.stream().filter(p -> DataSplit.isEval(p.getFileName().toString())).count();
        assertTrue(sqlEval > 0 && sqlEval < sql.size(), "both splits must hold SQL fixtures");
    }
}
