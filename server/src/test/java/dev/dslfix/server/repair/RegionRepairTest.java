package dev.dslfix.server.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Fix;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.sql.SqlLanguage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A long SQL script with its errors in one statement is repaired on that statement alone: the
 * same candidates, ranked the same way, with the same similarities, edits and explanations as a
 * repair of the whole script, while the script itself is checked only for the input and for the
 * candidates shown.
 */
class RegionRepairTest {
    private final SqlLanguage sql = new SqlLanguage();
    private final RepairEngine engine = new RepairEngine();

    /**
     * The language as it is, or without its region checker, with the characters it lexes, parses
     * or checks counted (every call that is given a text).
     */
    private Language wrapped(AtomicInteger read, boolean regions) {
        return (Language) Proxy.newProxyInstance(Language.class.getClassLoader(), new Class<?>[] {Language.class}, (proxy, method, args) -> {
            if (method.getName().equals("regionChecker") && !regions) {
                return Optional.empty();
            }
            if (args != null && args.length > 0 && args[0] instanceof String text) {
                read.addAndGet(text.length());
            }
            try {
                return method.invoke(sql, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private static String script() throws IOException {
        return Files.readString(Path.of(System.getProperty("dslfix.fixtures", "../test-fixtures")).resolve("sql/valid/banking_ledger.sql"));
    }

    /** The script with the first {@code written} in its data statements (after its CREATE statements) replaced. */
    private static String broken(String script, String written, String with) {
        int at = script.indexOf(written, script.indexOf("-- Data"));
        assertTrue(at > 0, written);
        return script.substring(0, at) + with + script.substring(at + written.length());
    }

    private void assertSameRepairs(String broken) {
        AtomicInteger inRegion = new AtomicInteger();
        AtomicInteger whole = new AtomicInteger();
        RepairResult region = engine.repair(wrapped(inRegion, true), broken, RepairOptions.DEFAULT, Cancellation.NONE);
        RepairResult all = engine.repair(wrapped(whole, false), broken, RepairOptions.DEFAULT, Cancellation.NONE);
        assertTrue(region.hasVerifiedRepair(), "no repair of " + broken);
        assertEquals(all.diagnostics(), region.diagnostics());
        assertEquals(all.candidates().size(), region.candidates().size());
        for (int i = 0; i < all.candidates().size(); i++) {
            Candidate a = all.candidates().get(i);
            Candidate r = region.candidates().get(i);
            assertEquals(a.text(), r.text(), "candidate " + i + ": " + a.explanation() + " / " + r.explanation());
            assertEquals(a.similarity(), r.similarity(), 1e-12);
            assertEquals(a.explanation(), r.explanation());
            assertEquals(a.edits(), r.edits());
            assertEquals(r.text(), Fix.apply(broken, r.edits()));
            assertEquals(a.origin(), r.origin());
        }
        // The script is read for the input (its check, and its statements' bounds) and not again:
        // the statement's checker decides for candidates that define no table.
        int script = broken.length();
        assertTrue(inRegion.get() < 3 * script, "read " + inRegion.get() / script + " scripts");
        assertTrue(whole.get() > inRegion.get(), "whole-script repair read " + whole.get() / script + " scripts, the region's " + inRegion.get() / script);
    }

    @Test
    void aMissingParenthesisInAStatementOfALongScript() throws IOException {
        assertSameRepairs(broken(script(), "sum(p.amount)", "sum(p.amount"));
    }

    @Test
    void aMisspelledColumnInAStatementOfALongScript() throws IOException {
        assertSameRepairs(broken(script(), "p.amount", "p.amuont"));
    }

    @Test
    void twoSwappedWordsInAStatementOfALongScript() throws IOException {
        assertSameRepairs(broken(script(), "GROUP BY", "BY GROUP"));
    }

    @Test
    void aLastStatementCutShort() throws IOException {
        String script = script().stripTrailing();
        int last = script.lastIndexOf(';', script.length() - 2);
        String cut = script.substring(0, last + 1 + (script.length() - last) / 2);
        assertSameRepairs(cut);
        Candidate best = engine.repair(sql, cut, RepairOptions.DEFAULT, Cancellation.NONE).candidates().get(0);
        assertTrue(best.passes());
    }

    @Test
    void whereTheRegionIsWrongTheWholeScriptIsSearched() throws IOException {
        // With its header broken the trigger is not seen as one: its region ends at the first ';'
        // of its body, and no repair of that region passes.
        String valid = Files.readString(Path.of(System.getProperty("dslfix.fixtures", "../test-fixtures")).resolve("sql/valid/shop_upserts.sql"));
        String broken = valid.replace("CREATE TRIGGER trg_price_change", "CREATE trg_price_change TRIGGER");
        assertTrue(!broken.equals(valid));
        Candidate best = engine.repair(sql, broken, RepairOptions.DEFAULT, Cancellation.NONE).candidates().get(0);
        assertTrue(best.passes());
        assertTrue(best.text().contains("CREATE TRIGGER trg_price_change"), best.explanation());
    }

    @Test
    void chatAfterALongScriptIsRemovedFromTheWholeScriptWithoutSearchingTheChat() throws IOException {
        String script = script();
        String broken = script + "\nThis script creates the ledger's tables and fills them.\n";
        int proseLine = script.split("\n", -1).length + 1;
        RepairResult r = engine.repair(sql, broken, RepairOptions.DEFAULT, Cancellation.NONE);
        Candidate best = r.candidates().get(0);
        assertEquals("cleanup", best.origin());
        assertEquals(script.strip(), best.text().strip());
        assertEquals("removed the explanation after the code (line " + proseLine + ")", best.explanation());
        // The code without the chat passes, so the chat itself is not searched for a repair.
        assertTrue(r.probes() < 50, "probes: " + r.probes());
    }

    @Test
    void errorsInTwoStatementsAreRepairedOnTheWholeScript() throws IOException {
        String script = script();
        int second = script.lastIndexOf("GROUP BY");
        String broken = broken(script.substring(0, second), "p.amount", "p.amuont") + "BY GROUP" + script.substring(second + "GROUP BY".length());
        AtomicInteger read = new AtomicInteger();
        RepairResult r = engine.repair(wrapped(read, true), broken, RepairOptions.DEFAULT, Cancellation.NONE);
        assertTrue(read.get() > (3 + RepairOptions.DEFAULT.top()) * broken.length(), "read " + read.get() / broken.length() + " scripts");
        assertTrue(r.hasVerifiedRepair());
    }
}
