package dev.dslfix.lang.sql;

import static dev.dslfix.lang.sql.SqlTesting.check;
import static dev.dslfix.lang.sql.SqlTesting.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.LanguageOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlCheckerTest {
    private static final String SHOP = """
            CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT, age INTEGER,
                                joined DATE, score REAL, total AS (age * 2));
            CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id), amount NUMERIC);
            """;

    @Test
    void unknownTableWithSuggestion() {
        assertEquals(List.of("4:16 unknown-table unknown table 'user'; did you mean 'users'?"),
                check(SHOP + "SELECT id FROM user;"));
    }

    @Test
    void unknownColumnWithSuggestion() {
        assertEquals(List.of("4:8 unknown-column unknown column 'emial': table 'users' has no such column; did you mean 'email'?"),
                check(SHOP + "SELECT emial FROM users;"));
    }

    @Test
    void qualifiedNamesResolveThroughAliases() {
        assertEquals(List.of(), check(SHOP + "SELECT u.name, o.amount FROM users AS u JOIN orders o ON o.user_id = u.id;"));
        assertEquals(List.of("4:10 unknown-column unknown column 'nme': table 'users' has no such column; did you mean 'name'?"),
                check(SHOP + "SELECT u.nme FROM users u;"));
        assertEquals(List.of("4:8 unknown-table no table or alias 'x' in this query; did you mean 'u'?"), check(SHOP + "SELECT x.name FROM users u;"));
    }

    /** The replacements the first error offers, as the replaced-with texts. */
    private static List<String> replacements(String text) {
        dev.dslfix.lang.Diagnostic d = new SqlLanguage().check(text).stream().filter(dev.dslfix.lang.Diagnostic::isError).findFirst().orElseThrow();
        return d.fixes().stream().map(f -> f.edits().get(0).newText()).toList();
    }

    @Test
    void anInventedColumnIsOfferedTheColumnsTheStatementDoesNotNameYet() {
        // Nothing resembles 'status': the table's columns not yet in the list come first.
        assertEquals(List.of("id", "age", "joined"),
                replacements(SHOP + "INSERT INTO users (name, email, status) VALUES ('a', 'b', 3);"));
        assertEquals(List.of("user_id", "amount", "id"), replacements(SHOP + "SELECT id, quantity FROM orders WHERE id = 1;"));
        // A typo still gets its look-alike alone.
        assertEquals(List.of("email"), replacements(SHOP + "INSERT INTO users (name, emial) VALUES ('a', 'b');"));
    }

    @Test
    void aTypoInAColumnDefinitionThatEveryUseContradictsIsFixedWhereItIsDefined() {
        String table = "CREATE TABLE books (\n    idd INTEGER PRIMARY KEY,\n    title TEXT\n);\n";
        String text = table + "SELECT id, title FROM books WHERE id > 3;\n";
        dev.dslfix.lang.Diagnostic d = new SqlLanguage().check(text).get(0);
        dev.dslfix.lang.Fix rename = d.fixes().get(d.fixes().size() - 1);
        assertEquals("renamed column 'idd' to 'id' where table 'books' defines it (line 2); it is used as 'id'", rename.title());
        String fixed = rename.applyTo(text);
        assertEquals(text.replace("idd", "id"), fixed);
        assertEquals(List.of(), new SqlLanguage().check(fixed), "one edit repairs every use");
        // One use against one definition: which is the typo is unknown, so only the use is respelled.
        assertEquals(List.of("email"), replacements(SHOP + "INSERT INTO users (name, emial) VALUES ('a', 'b');"));
    }

    @Test
    void anInventedQualifierIsOfferedTheTablesInScopeThatHaveTheColumn() {
        assertEquals(List.of("o"), replacements(SHOP + "SELECT u.name FROM users u JOIN orders o ON zz.user_id = u.id;"));
        assertEquals(List.of("u", "o"), replacements(SHOP + "SELECT qq.id FROM users u JOIN orders o ON o.user_id = u.id;"));
    }

    @Test
    void anInventedTableIsOfferedTheTablesWithTheColumnsTheStatementNames() {
        assertEquals(List.of("orders", "users"), replacements(SHOP + "INSERT INTO purchases (user_id, amount, id) VALUES (1, 2, 3);"));
        assertEquals(List.of("users"), replacements(SHOP + "SELECT email, joined FROM people;"));
        assertEquals(List.of(), replacements(SHOP + "SELECT 1 FROM zzz;"), "no column to go by: no guess");
    }

    @Test
    void ambiguousColumnInAJoin() {
        assertEquals(List.of("4:8 ambiguous-column column 'id' is ambiguous: it is in 'users' and 'orders'; qualify it, e.g. users.id"),
                check(SHOP + "SELECT id FROM users JOIN orders ON orders.user_id = users.id;"));
    }

    @Test
    void usingAndNaturalJoinsMergeColumns() {
        String schema = "CREATE TABLE a (k INTEGER, x TEXT); CREATE TABLE b (k INTEGER, y TEXT);\n";
        assertEquals(List.of(), check(schema + "SELECT k, x, y FROM a JOIN b USING (k);"));
        assertEquals(List.of(), check(schema + "SELECT k FROM a NATURAL JOIN b;"));
        assertEquals(List.of("2:31 unknown-column unknown column 'z': table 'b' has no such column"),
                check(schema + "SELECT x FROM a JOIN b USING (z);"));
        // USING one column does not merge the others.
        assertEquals(List.of("2:8 ambiguous-column column 'k' is ambiguous: it is in 'a' and 'b'; qualify it, e.g. a.k"),
                check(schema + "SELECT k FROM a JOIN b ON a.x = b.y;"));
    }

    @Test
    void ctesDerivedTablesAndSubqueries() {
        assertEquals(List.of(), check(SHOP + """
                WITH big(uid, n) AS (SELECT user_id, count(*) FROM orders GROUP BY user_id)
                SELECT u.name, big.n FROM users u JOIN big ON big.uid = u.id
                WHERE EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.id AND o.amount > 10)
                  AND u.id IN (SELECT user_id FROM orders)
                  AND (SELECT max(t.amount) FROM (SELECT amount FROM orders) AS t) > 5;
                """));
        assertEquals(List.of("4:54 unknown-column unknown column 'nope': table 't' has no such column"),
                check(SHOP + "SELECT 1 FROM (SELECT id, name FROM users) t WHERE t.nope = 1;").subList(0, 1));
    }

    @Test
    void recursiveCteSeesItself() {
        assertEquals(List.of(), check("""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)
                SELECT i FROM n;
                """));
    }

    @Test
    void resultAliasesInOrderByGroupByAndHaving() {
        assertEquals(List.of(), check(SHOP + "SELECT user_id AS uid, sum(amount) AS s FROM orders GROUP BY uid HAVING s > 3 ORDER BY s DESC;"));
    }

    @Test
    void builtInRelationsAndRowid() {
        assertEquals(List.of(), check(SHOP + "SELECT rowid, name FROM users; SELECT name, sql FROM sqlite_master; "
                + "SELECT j.key, j.value FROM users, json_each(users.email) AS j;"));
    }

    @Test
    void triggersSeeNewAndOld() {
        assertEquals(List.of(), check(SHOP + """
                CREATE TRIGGER t AFTER UPDATE OF email ON users FOR EACH ROW WHEN NEW.email <> OLD.email
                BEGIN
                  UPDATE orders SET amount = amount WHERE user_id = NEW.id;
                END;
                """));
        assertEquals(List.of("5:46 unknown-column unknown column 'mail': table 'users' has no such column; did you mean 'email'?"),
                check(SHOP + "CREATE TRIGGER t AFTER INSERT ON users\nBEGIN UPDATE orders SET amount = 0 WHERE NEW.mail IS NULL; END;"));
    }

    @Test
    void upsertSeesExcluded() {
        assertEquals(List.of(), check(SHOP + "INSERT INTO users (id, name) VALUES (1, 'a') "
                + "ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE users.age > 3 RETURNING id;"));
    }

    @Test
    void insertValueCounts() {
        assertEquals(List.of("4:44 insert-count 3 columns listed but 2 values are given"),
                check(SHOP + "INSERT INTO users (id, name, email) VALUES (1, 'a');"));
        // Without a column list every column but the generated one needs a value.
        assertEquals(List.of(), check(SHOP + "INSERT INTO users VALUES (1, 'a', 'e', 3, '2024-01-01', 1.5);"));
        assertEquals(List.of("4:26 insert-count table 'users' has 6 columns but 2 values are given"),
                check(SHOP + "INSERT INTO users VALUES (1, 'a');"));
        assertEquals(List.of("4:34 insert-count 2 columns listed but 1 value is given"),
                check(SHOP + "INSERT INTO orders (id, user_id) SELECT id FROM users;"));
    }

    @Test
    void textInNumericColumns() {
        assertEquals(List.of("4:34 type-mismatch text 'thirty' compared with INTEGER column 'age'"),
                check(SHOP + "SELECT id FROM users WHERE age = 'thirty';"));
        assertEquals(List.of("4:51 type-mismatch text 'ten' inserted into INTEGER column 'age'"),
                check(SHOP + "INSERT INTO users (id, name, age) VALUES (1, 'a', 'ten');"));
        assertEquals(List.of("4:28 type-mismatch text 'lots' assigned to NUMERIC column 'amount'"),
                check(SHOP + "UPDATE orders SET amount = 'lots';"));
        // Numeric text, dates in DATE columns and text in TEXT columns are fine.
        assertEquals(List.of(), check(SHOP + "SELECT id FROM users WHERE age = '42' AND joined > '2024-01-01' AND name = 'x' "
                + "AND score IN (1.5, '2.5') AND age BETWEEN 1 AND 9;"));
    }

    @Test
    void textInAColumnWhoseTypeIsOneSlipFromText() {
        String text = "CREATE TABLE t (id INTEGER, name TEXY NOT NULL);\nINSERT INTO t VALUES (1, 'ana'), (2, 'bo');\n";
        SqlLanguage sql = new SqlLanguage();
        List<dev.dslfix.lang.Diagnostic> errors = sql.check(text);
        assertEquals(List.of("2:26 type-mismatch text 'ana' inserted into TEXY column 'name'",
                "2:38 type-mismatch text 'bo' inserted into TEXY column 'name'"), check(text));
        // The type is the typo: fixing it fixes every row, and comes before storing NULL.
        String fixed = errors.get(0).fixes().get(0).applyTo(text);
        assertEquals(text.replace("TEXY", "TEXT"), fixed);
        assertEquals(List.of(), check(fixed));
        // A type one slip from INTEGER rejects text rightly: the value is the mistake there.
        assertEquals(List.of("replaced 'x' with NULL"), sql.check("CREATE TABLE u (n INTEGR);\nINSERT INTO u VALUES ('x');\n")
                .get(0).fixes().stream().map(dev.dslfix.lang.Fix::title).toList());
    }

    @Test
    void duplicateDefinitions() {
        assertEquals(List.of("4:14 duplicate-table table 'users' is already defined on line 1"),
                check(SHOP + "CREATE TABLE users (x INTEGER);"));
        assertEquals(List.of(), check(SHOP + "CREATE TABLE IF NOT EXISTS users (x INTEGER);"));
        assertEquals(List.of(), check(SHOP + "DROP TABLE users;\nCREATE TABLE users (x INTEGER);"));
        assertEquals(List.of("1:36 duplicate-column column 'A' is defined twice in table 't' (first on line 1)"),
                check("CREATE TABLE t (a TEXT, b INTEGER, A TEXT);"));
        assertEquals(List.of("4:30 duplicate-column table 'users' already has a column 'email'"),
                check(SHOP + "ALTER TABLE users ADD COLUMN email TEXT;"));
    }

    @Test
    void alterTableAddsColumnsEverywhereInTheScript() {
        assertEquals(List.of(), check(SHOP + "SELECT nickname FROM users;\nALTER TABLE users ADD COLUMN nickname TEXT;"));
    }

    @Test
    void unknownFunctionsWithHints() {
        assertEquals(List.of("4:8 unknown-function unknown function 'LEN'; SQLite has length"), check(SHOP + "SELECT LEN(name) FROM users;"));
        assertEquals(List.of("4:8 unknown-function unknown function 'uppr'; SQLite has upper"), check(SHOP + "SELECT uppr(name) FROM users;"));
        assertEquals(List.of(), check(SHOP + "SELECT group_concat(name, ','), json_object('a', 1), strftime('%Y', joined), "
                + "row_number() OVER (PARTITION BY age ORDER BY id) FROM users GROUP BY age;"));
    }

    @Test
    void configuredFunctionsAreKnown() {
        SqlLanguage sql = (SqlLanguage) new SqlLanguageProvider().create(new LanguageOptions(Path.of("."), Map.of("functions", List.of("slugify"))));
        assertEquals(List.of(), SqlTesting.check(sql, SHOP + "SELECT slugify(name) FROM users;"));
    }

    @Test
    void schemaFilesDefineTables(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("schema/a.sql"), "CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT);");
        SqlLanguage sql = new SqlLanguage(new SchemaFiles(dir, List.of("schema/*.sql")), Set.of());
        assertEquals(List.of(), SqlTesting.check(sql, "SELECT owner FROM accounts;"));
        assertEquals(List.of("1:8 unknown-column unknown column 'ownr': table 'accounts' has no such column; did you mean 'owner'?"),
                SqlTesting.check(sql, "SELECT ownr FROM accounts;"));
        // A change to the schema file is seen at the next check.
        Files.writeString(dir.resolve("schema/a.sql"), "CREATE TABLE accounts (id INTEGER PRIMARY KEY, ownr TEXT, extra TEXT);");
        assertTrue(dir.resolve("schema/a.sql").toFile().setLastModified(System.currentTimeMillis() + 5000));
        assertEquals(List.of(), SqlTesting.check(sql, "SELECT ownr FROM accounts;"));
        SqlLanguage missing = new SqlLanguage(new SchemaFiles(dir, List.of("nope.sql")), Set.of());
        assertEquals("schema-file", missing.check("SELECT 1;").get(0).code());
    }

    @Test
    void viewsExposeTheirColumns() {
        assertEquals(List.of(), check(SHOP + "CREATE VIEW v AS SELECT u.name AS who, count(o.id) AS n FROM users u LEFT JOIN orders o ON o.user_id = u.id GROUP BY u.id;\n"
                + "SELECT who, n FROM v;"));
        assertEquals(List.of("5:8 unknown-column unknown column 'name': table 'v' has no such column"),
                check(SHOP + "CREATE VIEW v AS SELECT u.name AS who FROM users u;\nSELECT name FROM v;"));
    }

    @Test
    void statementsWithSyntaxErrorsAreNotCheckedTwice() {
        List<String> codes = codes(SHOP + "SELECT nosuch FROM users WHERE (;\nSELECT name FROM users;");
        assertEquals(List.of("syntax"), codes);
    }

    @Test
    void brokenCreateStillDefinesItsTableName() {
        List<String> codes = codes("CREATE TABLE t (a INTEGER, b TEXT,);\nSELECT a FROM t;\nINSERT INTO t VALUES (1, 2);");
        assertEquals(List.of("syntax"), codes);
    }

    @Test
    void foreignKeysMustReferenceExistingColumns() {
        assertEquals(List.of("1:67 unknown-column unknown column 'uid': table 'users' has no such column; did you mean 'id'?"),
                check("CREATE TABLE orders (id INTEGER, user_id INTEGER REFERENCES users(uid));\nCREATE TABLE users (id INTEGER);"));
        assertEquals(List.of("1:61 unknown-table unknown table 'customer'"),
                check("CREATE TABLE orders (id INTEGER, user_id INTEGER REFERENCES customer(id));"));
    }

    @Test
    void quotedIdentifiersMatchUnquoted() {
        assertEquals(List.of(), check("CREATE TABLE \"Order Items\" (\"item id\" INTEGER, [qty] INTEGER, `note` TEXT);\n"
                + "SELECT \"item id\", qty, note FROM \"order items\";"));
    }
}
