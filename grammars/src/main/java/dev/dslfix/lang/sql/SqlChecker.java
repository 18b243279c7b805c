package dev.dslfix.lang.sql;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.CancelledException;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.EnglishNumbers;
import dev.dslfix.lang.Fix;
import dev.dslfix.lang.TextEdit;
import dev.dslfix.lang.ParseResult;
import dev.dslfix.lang.SourceText;
import dev.dslfix.lang.Suggestions;
import dev.dslfix.lang.sql.SqlParser.*;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Static checks of a SQL script: names resolve against the tables, views and CTEs in scope,
 * INSERTs supply as many values as columns, text is not compared with or stored in numeric
 * columns, nothing is defined twice, functions exist.
 *
 * <p>Statements with syntax errors are skipped (their trees are guesses). The schema is the union
 * of everything the script and the configured schema files define, wherever in the script,
 * so that a query above its CREATE TABLE is not flagged; duplicate definitions follow the
 * script's order and respect DROP.
 */
final class SqlChecker {
    private static final Logger LOG = LoggerFactory.getLogger(SqlChecker.class);
    private static final Pattern NUMERIC_TEXT = Pattern.compile(
            "\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\s*|\\s*0[xX][0-9a-fA-F]+\\s*");

    /** What LLMs and people borrow from other SQL dialects, and the SQLite way to say it. */
    private static final Map<String, String> FOREIGN_FUNCTIONS = Map.ofEntries(
            Map.entry("len", "length"), Map.entry("nvl", "coalesce"), Map.entry("isnull", "ifnull"),
            Map.entry("getdate", "datetime('now')"), Map.entry("now", "datetime('now')"),
            Map.entry("sysdate", "datetime('now')"), Map.entry("charindex", "instr"),
            Map.entry("lcase", "lower"), Map.entry("ucase", "upper"), Map.entry("to_char", "strftime"),
            Map.entry("datediff", "julianday(a) - julianday(b)"), Map.entry("dateadd", "date(x, '+N days')"),
            Map.entry("curdate", "date('now')"), Map.entry("rand", "random"), Map.entry("ceil_", "ceil"),
            Map.entry("listagg", "group_concat"), Map.entry("array_agg", "json_group_array"),
            Map.entry("str_to_date", "date"), Map.entry("to_date", "date"), Map.entry("extract", "strftime"),
            Map.entry("datepart", "strftime"), Map.entry("year", "strftime('%Y', x)"),
            Map.entry("month", "strftime('%m', x)"), Map.entry("day", "strftime('%d', x)"),
            Map.entry("left", "substr(x, 1, n)"), Map.entry("right", "substr(x, -n)"),
            Map.entry("locate", "instr"), Map.entry("position", "instr"), Map.entry("btrim", "trim"),
            Map.entry("character_length", "length"), Map.entry("char_length", "length"), Map.entry("date_format", "strftime"));

    private static final Map<String, List<String>> BUILTIN_TABLES = Map.of(
            "sqlite_master", List.of("type", "name", "tbl_name", "rootpage", "sql"),
            "sqlite_schema", List.of("type", "name", "tbl_name", "rootpage", "sql"),
            "sqlite_temp_master", List.of("type", "name", "tbl_name", "rootpage", "sql"),
            "sqlite_temp_schema", List.of("type", "name", "tbl_name", "rootpage", "sql"),
            "sqlite_sequence", List.of("name", "seq"),
            "sqlite_stat1", List.of("tbl", "idx", "stat"));

    private final ParseResult parsed;
    private final SourceText source;
    private final Schema external;
    private final Set<String> extraFunctions;
    private final Cancellation cancel;
    private final Schema schema = new Schema();
    private final List<Diagnostic> out = new ArrayList<>();
    /** Where each column declared in this document wrote its type (by identity: records compare by value). */
    private final Map<Column, ParserRuleContext> typeNames = new java.util.IdentityHashMap<>();
    /** Where each column this script defines is named, for renaming it there. */
    private final Map<Column, ParserRuleContext> definedAt = new java.util.IdentityHashMap<>();
    private int silent;

    SqlChecker(ParseResult parsed, SchemaFiles.Loaded external, Set<String> extraFunctions, Cancellation cancel) {
        this.parsed = parsed;
        this.source = parsed.source();
        this.external = external.schema();
        this.extraFunctions = extraFunctions;
        this.cancel = cancel;
        this.out.addAll(external.problems());
    }

    /** Definitions only, without reporting: used for schema files. */
    static Schema definitions(ParseResult parsed, ScriptContext script) {
        SqlChecker checker = new SqlChecker(parsed, SchemaFiles.Loaded.EMPTY, Set.of(), Cancellation.NONE);
        checker.silent = 1;
        checker.collectDefinitions(checker.cleanStatements(script));
        return checker.schema;
    }

    /**
     * What the clean statements outside {@code [from, to)} define, without reporting: what the rest
     * of a document declares to the statements in that range.
     */
    static Schema definitionsOutside(ParseResult parsed, ScriptContext script, int from, int to) {
        SqlChecker checker = new SqlChecker(parsed, SchemaFiles.Loaded.EMPTY, Set.of(), Cancellation.NONE);
        checker.silent = 1;
        checker.collectDefinitions(checker.cleanStatements(script).stream()
                .filter(s -> checker.end(s) <= from || checker.start(s) >= to).toList());
        return checker.schema;
    }

    List<Diagnostic> check(ScriptContext script) {
        List<StatementContext> statements = cleanStatements(script);
        collectDefinitions(statements);
        defineBrokenRelations(script, statements);
        schema.addMissing(external);
        Scope root = new Scope(null);
        functionsInBrokenStatements(script, statements);
        for (StatementContext statement : statements) {
            cancel.check();
            try {
                statement(statement, root);
            } catch (CancelledException e) {
                throw e;
            } catch (RuntimeException e) {
                // A checker bug must not cost the user the other diagnostics.
                LOG.warn("static check failed on statement at offset {}", start(statement), e);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ statements

    private List<StatementContext> cleanStatements(ScriptContext script) {
        List<int[]> errors = new ArrayList<>();
        parsed.diagnostics().forEach(d -> errors.add(new int[] {d.start(), d.end()}));
        List<StatementContext> clean = new ArrayList<>();
        List<StatementContext> all = script.statement();
        for (int i = 0; i < all.size(); i++) {
            StatementContext s = all.get(i);
            if (s.exception != null || s.stop == null || s.stop.getTokenIndex() < s.start.getTokenIndex()) {
                continue;
            }
            int from = start(s);
            // An error between this statement and the next belongs to this one: in
            // "SELECT name FORM users" the statement parses as "SELECT name AS FORM".
            int to = i + 1 < all.size() ? start(all.get(i + 1)) - 1 : source.length();
            boolean dirty = false;
            for (int[] e : errors) {
                if (e[0] <= to && e[1] >= from) {
                    dirty = true;
                    break;
                }
            }
            if (!dirty) {
                clean.add(s);
            }
        }
        return clean;
    }

    private void statement(StatementContext s, Scope outer) {
        if (s.createTable() != null) {
            createTable(s.createTable(), outer);
        } else if (s.createIndex() != null) {
            createIndex(s.createIndex(), outer);
        } else if (s.createView() != null) {
            select(s.createView().selectStatement(), outer);
        } else if (s.createTrigger() != null) {
            createTrigger(s.createTrigger(), outer);
        } else if (s.dropStatement() != null) {
            drop(s.dropStatement());
        } else if (s.alterTable() != null) {
            alterTable(s.alterTable(), outer);
        } else if (s.selectStatement() != null) {
            select(s.selectStatement(), outer);
        } else if (s.insertStatement() != null) {
            insert(s.insertStatement(), outer);
        } else if (s.updateStatement() != null) {
            update(s.updateStatement(), outer);
        } else if (s.deleteStatement() != null) {
            delete(s.deleteStatement(), outer);
        }
    }

    // ------------------------------------------------------------------ pass 1: definitions

    private void collectDefinitions(List<StatementContext> statements) {
        Map<String, Integer> live = new HashMap<>(); // name key -> offset of the live definition
        List<Runnable> derived = new ArrayList<>();
        for (StatementContext s : statements) {
            if (s.createTable() != null) {
                CreateTableContext ct = s.createTable();
                String name = lastName(ct.tableName());
                checkDuplicateRelation(live, name, ct.tableName(), ct.ifNotExists() != null, "table");
                if (ct.selectStatement() != null) {
                    derived.add(() -> schema.put(derivedRelation(name, Table.Kind.TABLE, List.of(), ct.selectStatement())));
                } else if (!schema.contains(name)) {
                    schema.put(tableOf(ct, true));
                } else {
                    tableOf(ct, true); // still reports duplicate columns
                }
            } else if (s.createView() != null) {
                CreateViewContext cv = s.createView();
                String name = lastName(cv.viewName().name());
                checkDuplicateRelation(live, name, cv.viewName(), cv.ifNotExists() != null, "view");
                List<String> columns = cv.columnName().stream().map(c -> c.getText()).toList();
                derived.add(() -> {
                    if (!schema.contains(name) || schema.find(name).map(t -> t.kind() == Table.Kind.VIEW).orElse(false)) {
                        schema.put(derivedRelation(name, Table.Kind.VIEW, columns, cv.selectStatement()));
                    }
                });
            } else if (s.dropStatement() != null && (s.dropStatement().TABLE() != null || s.dropStatement().VIEW() != null)) {
                live.remove(SqlNames.key(lastName(s.dropStatement().qualifiedName().name())));
            } else if (s.alterTable() != null) {
                alterDefinitions(s.alterTable(), live);
            }
        }
        derived.forEach(Runnable::run);
    }

    /**
     * A CREATE with a syntax error still names its table: make that name known (with unknown
     * columns) so that every later use of the table is not reported as well.
     */
    private void defineBrokenRelations(ScriptContext script, List<StatementContext> clean) {
        Set<StatementContext> ok = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        ok.addAll(clean);
        for (StatementContext s : script.statement()) {
            if (ok.contains(s)) {
                continue;
            }
            List<NameContext> names = null;
            if (s.createTable() != null && s.createTable().tableName() != null) {
                names = s.createTable().tableName().name();
            } else if (s.createView() != null && s.createView().viewName() != null) {
                names = s.createView().viewName().name();
            }
            if (names != null && !names.isEmpty() && names.get(names.size() - 1).exception == null) {
                String name = SqlNames.unquote(lastName(names));
                if (!schema.contains(name)) {
                    schema.put(Table.opaque(name, Table.Kind.TABLE));
                }
            }
        }
    }

    /** Function names need no scope: check them in statements with syntax errors too. */
    private void functionsInBrokenStatements(ScriptContext script, List<StatementContext> clean) {
        Set<StatementContext> ok = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        ok.addAll(clean);
        for (StatementContext s : script.statement()) {
            if (!ok.contains(s)) {
                functionsIn(s);
            }
        }
    }

    private void functionsIn(ParseTree node) {
        if (node instanceof FunctionCallContext call && call.exception == null && call.functionName() != null
                && call.functionName().exception == null && call.RPAREN() != null) {
            function(call);
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            if (node.getChild(i) instanceof ParserRuleContext child) {
                functionsIn(child);
            }
        }
    }

    private void checkDuplicateRelation(Map<String, Integer> live, String name, ParserRuleContext at, boolean ifNotExists, String what) {
        String key = SqlNames.key(name);
        Integer previous = live.get(key);
        if (previous != null && !ifNotExists) {
            // Keep the first definition: the second becomes a no-op, or goes.
            List<Fix> fixes = new ArrayList<>();
            fixes.add(new Fix("added IF NOT EXISTS to the second definition of '" + SqlNames.unquote(name) + "'",
                    List.of(TextEdit.insert(start(at), "IF NOT EXISTS "))));
            ParserRuleContext statement = enclosingStatement(at);
            if (statement != null) {
                fixes.add(new Fix("removed the second definition of '" + SqlNames.unquote(name) + "'",
                        List.of(TextEdit.delete(start(statement), statementEndWithSemicolon(statement)))));
            }
            report(at, "duplicate-table", what + " '" + SqlNames.unquote(name) + "' is already defined on line "
                    + (source.lineOf(previous) + 1), fixes);
        }
        if (previous == null) {
            live.put(key, start(at));
        }
    }

    private static ParserRuleContext enclosingStatement(ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof StatementContext) {
                return c;
            }
        }
        return null;
    }

    /** End of a statement including the ';' after it and the line break, so that deleting it leaves no gap. */
    private int statementEndWithSemicolon(ParserRuleContext statement) {
        int end = end(statement);
        String text = source.text();
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == ';') {
            end = i + 1;
            if (end < text.length() && text.charAt(end) == '\n') {
                end++;
            }
        }
        return end;
    }

    /** Removes a column definition together with the comma before it. */
    private Fix removeColumnDef(ColumnDefContext def) {
        String text = source.text();
        int from = start(def);
        int i = from - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i >= 0 && text.charAt(i) == ',') {
            from = i;
        }
        return new Fix("removed the second definition of column '" + SqlNames.unquote(def.columnName().getText()) + "'",
                List.of(TextEdit.delete(from, end(def))));
    }

    private Table tableOf(CreateTableContext ct, boolean reportDuplicates) {
        List<Column> columns = new ArrayList<>();
        Map<String, ColumnDefContext> seen = new HashMap<>();
        for (ColumnDefContext def : ct.columnDef()) {
            String name = def.columnName().getText();
            ColumnDefContext first = seen.putIfAbsent(SqlNames.key(name), def);
            if (first != null) {
                if (reportDuplicates) {
                    report(def.columnName(), "duplicate-column", "column '" + SqlNames.unquote(name) + "' is defined twice in table '"
                            + SqlNames.unquote(lastName(ct.tableName())) + "' (first on line " + (line(first) + 1) + ")",
                            List.of(removeColumnDef(def)));
                }
                continue;
            }
            columns.add(columnOf(def));
        }
        boolean withoutRowid = ct.tableOptions() != null
                && ct.tableOptions().tableOption().stream().anyMatch(o -> o.WITHOUT() != null);
        return new Table(SqlNames.unquote(lastName(ct.tableName())), Table.Kind.TABLE, columns, false, !withoutRowid);
    }

    private static final Set<String> BASE_TYPES = Set.of("INT", "INTEGER", "BIGINT", "SMALLINT", "TINYINT", "TEXT", "VARCHAR",
            "CHAR", "CLOB", "REAL", "FLOAT", "DOUBLE", "NUMERIC", "DECIMAL", "BOOLEAN", "BOOL", "DATE", "DATETIME", "TIMESTAMP",
            "BLOB", "JSON");

    /**
     * "country TEXT created_at TEXT": SQLite reads one column with a three-word type; the author
     * wrote two columns and lost the comma. Two base type names in one type give it away.
     */
    private void checkTypeName(ColumnDefContext def) {
        if (def.typeName() == null) {
            return;
        }
        List<TypeWordContext> words = def.typeName().typeWord();
        for (int k = 1; k < words.size() - 1; k++) {
            boolean typeBefore = BASE_TYPES.contains(words.get(k - 1).getText().toUpperCase(java.util.Locale.ROOT));
            boolean typeAfter = BASE_TYPES.contains(words.get(k + 1).getText().toUpperCase(java.util.Locale.ROOT));
            if (typeBefore && typeAfter && !BASE_TYPES.contains(words.get(k).getText().toUpperCase(java.util.Locale.ROOT))) {
                int at = end(words.get(k - 1));
                String type = String.join(" ", words.stream().map(w -> w.getText()).toList());
                report(words.get(k), "type-name", "'" + type + "' is not one type: is a ',' missing before '"
                        + words.get(k).getText() + "'?", List.of(new Fix("inserted ',' after '" + words.get(k - 1).getText() + "'",
                        List.of(TextEdit.insert(at, ",")))));
                return;
            }
        }
    }

    private Column columnOf(ColumnDefContext def) {
        String type = def.typeName() == null ? "" : String.join(" ", def.typeName().typeWord().stream().map(w -> w.getText()).toList());
        boolean generated = def.columnConstraint().stream().anyMatch(c -> c.AS() != null);
        Column column = new Column(SqlNames.unquote(def.columnName().getText()), type, generated);
        definedAt.put(column, def.columnName());
        if (def.typeName() != null) {
            typeNames.put(column, def.typeName());
        }
        return column;
    }

    private static final List<String> TEXT_TYPES = List.of("TEXT", "VARCHAR", "CHAR", "CLOB");

    /**
     * Text stored in a column whose type is one slip from a text type ("TEXY", "TXT"): SQLite
     * reads the unknown type as NUMERIC, but the slip is in the type, not in the values.
     */
    private Optional<Fix> textTypeSlip(Column column) {
        ParserRuleContext written = typeNames.get(column);
        String type = column.declaredType().toUpperCase(java.util.Locale.ROOT);
        if (written == null || type.contains(" ") || BASE_TYPES.contains(type) || type.length() < 3) {
            return Optional.empty();
        }
        for (String text : TEXT_TYPES) {
            if (dev.dslfix.lang.Suggestions.distance(type, text, 1) <= 1) {
                String fixed = dev.dslfix.lang.Suggestions.casedLike(column.declaredType(), text);
                return Optional.of(Fix.replace("replaced the type " + column.declaredType() + " of column '" + column.name() + "' with " + fixed,
                        start(written), end(written), fixed));
            }
        }
        return Optional.empty();
    }

    private void alterDefinitions(AlterTableContext at, Map<String, Integer> live) {
        String name = lastName(at.tableName());
        Optional<Table> table = schema.find(name);
        if (table.isEmpty()) {
            return;
        }
        if (at.ADD() != null && at.columnDef() != null) {
            ColumnDefContext def = at.columnDef();
            if (table.get().column(def.columnName().getText()).isPresent()) {
                ParserRuleContext statement = enclosingStatement(at);
                List<Fix> fixes = statement == null ? List.of() : List.of(new Fix("removed the ALTER TABLE that adds '"
                        + SqlNames.unquote(def.columnName().getText()) + "' again", List.of(TextEdit.delete(start(statement), statementEndWithSemicolon(statement)))));
                report(def.columnName(), "duplicate-column", "table '" + table.get().name() + "' already has a column '"
                        + SqlNames.unquote(def.columnName().getText()) + "'", fixes);
            } else {
                table.get().addColumn(columnOf(def));
            }
        } else if (at.RENAME() != null && at.columnName() != null && at.name() != null) {
            table.get().column(at.columnName().getText()).ifPresent(c ->
                    table.get().addColumn(new Column(SqlNames.unquote(at.name().getText()), c.declaredType(), c.generated())));
        } else if (at.RENAME() != null && at.name() != null) {
            String newName = SqlNames.unquote(at.name().getText());
            schema.put(table.get().copyNamed(newName));
            live.remove(SqlNames.key(name));
            live.put(SqlNames.key(newName), start(at));
        }
    }

    /** A view or CREATE TABLE AS: columns from the explicit list, else from the query. */
    private Table derivedRelation(String name, Table.Kind kind, List<String> explicit, SelectStatementContext select) {
        silent++;
        List<String> names;
        try {
            names = select(select, new Scope(null));
        } finally {
            silent--;
        }
        if (!explicit.isEmpty()) {
            names = explicit;
        }
        if (names == null) {
            return Table.opaque(SqlNames.unquote(name), kind);
        }
        return new Table(SqlNames.unquote(name), kind, names.stream().map(n -> new Column(SqlNames.unquote(n), "", false)).toList(), false, false);
    }

    // ------------------------------------------------------------------ DDL checks

    private void createTable(CreateTableContext ct, Scope outer) {
        if (ct.selectStatement() != null) {
            select(ct.selectStatement(), outer);
            return;
        }
        silent++;
        Table self;
        try {
            self = tableOf(ct, false);
        } finally {
            silent--;
        }
        Scope scope = new Scope(outer);
        scope.add(self.name(), self);
        for (ColumnDefContext def : ct.columnDef()) {
            checkTypeName(def);
            for (ColumnConstraintContext c : def.columnConstraint()) {
                if (c.expr() != null && c.DEFAULT() == null) {
                    expr(c.expr(), scope);
                }
                if (c.foreignKeyClause() != null) {
                    foreignKey(c.foreignKeyClause(), 1);
                }
            }
        }
        for (TableConstraintContext tc : ct.tableConstraint()) {
            for (IndexedColumnContext ic : tc.indexedColumn()) {
                expr(ic.expr(), scope);
            }
            if (tc.expr() != null) {
                expr(tc.expr(), scope);
            }
            for (ColumnNameContext c : tc.columnName()) {
                if (!self.hasColumn(c.getText())) {
                    unknownColumn(c, c.getText(), List.of(self));
                }
            }
            if (tc.foreignKeyClause() != null) {
                foreignKey(tc.foreignKeyClause(), tc.columnName().size());
            }
        }
    }

    private void foreignKey(ForeignKeyClauseContext fk, int localColumns) {
        Optional<Table> target = lookupTable(fk.tableName(), new Scope(null), true);
        if (target.isEmpty()) {
            return;
        }
        for (ColumnNameContext c : fk.columnName()) {
            if (!target.get().hasColumn(c.getText())) {
                unknownColumn(c, c.getText(), List.of(target.get()));
            }
        }
        if (!fk.columnName().isEmpty() && fk.columnName().size() != localColumns) {
            report(fk, "foreign-key-columns", "the foreign key has " + localColumns + " column(s) but references "
                    + fk.columnName().size());
        }
    }

    private void createIndex(CreateIndexContext ci, Scope outer) {
        Optional<Table> table = lookupTable(ci.tableName(), outer, true);
        Scope scope = new Scope(outer);
        scope.add(lastName(ci.tableName()), table.orElse(Table.opaque(lastName(ci.tableName()), Table.Kind.TABLE)));
        for (IndexedColumnContext ic : ci.indexedColumn()) {
            expr(ic.expr(), scope);
        }
        if (ci.whereClause() != null) {
            expr(ci.whereClause().expr(), scope);
        }
    }

    private void createTrigger(CreateTriggerContext tr, Scope outer) {
        Optional<Table> table = lookupTable(tr.tableName(), outer, true);
        Table t = table.orElse(Table.opaque(lastName(tr.tableName()), Table.Kind.TABLE));
        for (ColumnNameContext c : tr.columnName()) {
            if (!t.hasColumn(c.getText())) {
                unknownColumn(c, c.getText(), List.of(t));
            }
        }
        Scope scope = new Scope(outer);
        if (tr.INSERT() != null || tr.UPDATE() != null) {
            scope.add("NEW", t); // as triggers write it: a suggestion keeps that spelling
        }
        if (tr.DELETE() != null || tr.UPDATE() != null) {
            scope.add("OLD", t);
        }
        if (tr.expr() != null) {
            expr(tr.expr(), scope);
        }
        for (TriggerStepContext step : tr.triggerStep()) {
            if (step.insertStatement() != null) {
                insert(step.insertStatement(), scope);
            } else if (step.updateStatement() != null) {
                update(step.updateStatement(), scope);
            } else if (step.deleteStatement() != null) {
                delete(step.deleteStatement(), scope);
            } else if (step.selectStatement() != null) {
                select(step.selectStatement(), scope);
            }
        }
    }

    private void drop(DropStatementContext d) {
        if (d.ifExists() != null || (d.TABLE() == null && d.VIEW() == null)) {
            return;
        }
        List<NameContext> names = d.qualifiedName().name();
        if (names.size() == 2 && !isLocalSchema(names.get(0).getText())) {
            return;
        }
        String name = lastName(names);
        if (!schema.contains(name)) {
            unknownTable(d.qualifiedName(), name, new Scope(null));
        }
    }

    private void alterTable(AlterTableContext at, Scope outer) {
        Optional<Table> table = lookupTable(at.tableName(), outer, true);
        if (table.isEmpty()) {
            return;
        }
        if ((at.RENAME() != null || at.DROP() != null) && at.columnName() != null && !table.get().hasColumn(at.columnName().getText())) {
            unknownColumn(at.columnName(), at.columnName().getText(), List.of(table.get()));
        }
    }

    // ------------------------------------------------------------------ DML checks

    private void insert(InsertStatementContext ins, Scope outer) {
        Scope withScope = ins.withClause() != null ? withClause(ins.withClause(), outer) : outer;
        Optional<Table> target = lookupTable(ins.tableName(), withScope, true);
        List<Column> targets = null;
        if (target.isPresent() && !target.get().isOpaque()) {
            if (!ins.columnName().isEmpty()) {
                targets = new ArrayList<>();
                for (ColumnNameContext c : ins.columnName()) {
                    Optional<Column> col = target.get().column(c.getText());
                    if (col.isEmpty() && !target.get().hasColumn(c.getText())) {
                        unknownColumn(c, c.getText(), List.of(target.get()));
                    }
                    targets.add(col.orElse(new Column(c.getText(), "", false)));
                }
            } else {
                targets = target.get().columns().stream().filter(c -> !c.generated()).toList();
            }
        }
        SelectStatementContext sel = ins.selectStatement();
        if (sel != null) {
            List<ValuesRowContext> rows = plainValues(sel);
            if (rows != null) {
                for (ValuesRowContext row : rows) {
                    if (targets != null && row.expr().size() != targets.size()) {
                        report(row, "insert-count", describeCount(targets.size(), row.expr().size(), target.get().name(), !ins.columnName().isEmpty()),
                                countFixes(ins, row, targets.size(), rows.size()));
                    }
                    for (int i = 0; i < row.expr().size(); i++) {
                        ExprContext e = row.expr(i);
                        expr(e, new Scope(withScope));
                        if (targets != null && i < targets.size()) {
                            textIntoColumn(e, targets.get(i), "inserted into");
                        }
                    }
                }
            } else {
                List<String> names = select(sel, withScope);
                if (names != null && targets != null && names.size() != targets.size()) {
                    report(sel, "insert-count", describeCount(targets.size(), names.size(), target.get().name(), !ins.columnName().isEmpty()));
                }
            }
        }
        Table t = target.orElse(Table.opaque(lastName(ins.tableName()), Table.Kind.TABLE));
        String alias = ins.alias() != null ? ins.alias().getText() : lastName(ins.tableName());
        for (UpsertClauseContext up : ins.upsertClause()) {
            Scope conflict = new Scope(withScope);
            conflict.add(alias, t);
            for (IndexedColumnContext ic : up.indexedColumn()) {
                expr(ic.expr(), conflict);
            }
            conflict.add("excluded", t);
            for (SetItemContext item : up.setItem()) {
                setItem(item, t, conflict);
            }
            up.whereClause().forEach(w -> expr(w.expr(), conflict));
        }
        if (ins.returningClause() != null) {
            Scope ret = new Scope(withScope);
            ret.add(alias, t);
            ins.returningClause().resultColumn().forEach(rc -> resultColumn(rc, ret));
        }
    }

    /** Make the row and the column list agree: pad the row with NULL, or (one row) drop the columns without values. */
    private List<Fix> countFixes(InsertStatementContext ins, ValuesRowContext row, int columns, int rowCount) {
        List<Fix> fixes = new ArrayList<>();
        int values = row.expr().size();
        String text = source.text();
        if (values < columns) {
            int at = start(row) + text.substring(start(row), end(row)).lastIndexOf(')');
            String nulls = ", NULL".repeat(columns - values);
            List<ColumnNameContext> listed = ins.columnName();
            if (rowCount == 1 && listed.size() == columns && values > 0) {
                // The last listed columns got no value: leave them out of the list.
                int from = end(listed.get(values - 1));
                int to = end(listed.get(columns - 1));
                fixes.add(new Fix("left out the column(s) without a value", List.of(TextEdit.delete(from, to))));
            }
            fixes.add(new Fix("added NULL for the " + (columns - values) + " missing value(s)", List.of(TextEdit.insert(at, nulls))));
        } else if (values > columns && columns > 0) {
            int from = end(row.expr(columns - 1));
            int to = end(row.expr(values - 1));
            fixes.add(new Fix("removed the " + (values - columns) + " extra value(s)", List.of(TextEdit.delete(from, to))));
        }
        return fixes;
    }

    private static String describeCount(int columns, int values, String table, boolean listed) {
        String what = listed ? columns + " column" + (columns == 1 ? "" : "s") + " listed"
                : "table '" + table + "' has " + columns + " column" + (columns == 1 ? "" : "s");
        return what + " but " + values + " value" + (values == 1 ? " is" : "s are") + " given";
    }

    /** The rows of a bare {@code VALUES (...), (...)}, or null if the source is a query. */
    private static List<ValuesRowContext> plainValues(SelectStatementContext sel) {
        if (sel.withClause() == null && sel.selectCore().size() == 1 && sel.selectCore(0).valuesClause() != null
                && sel.orderByClause() == null && sel.limitClause() == null) {
            return sel.selectCore(0).valuesClause().valuesRow();
        }
        return null;
    }

    private void update(UpdateStatementContext up, Scope outer) {
        Scope withScope = up.withClause() != null ? withClause(up.withClause(), outer) : outer;
        Optional<Table> target = lookupTable(up.tableName(), withScope, true);
        Table t = target.orElse(Table.opaque(lastName(up.tableName()), Table.Kind.TABLE));
        Scope scope = new Scope(withScope);
        scope.add(up.alias() != null ? up.alias().getText() : lastName(up.tableName()), t);
        if (up.fromClause() != null) {
            join(up.fromClause().joinClause(), scope);
        }
        for (SetItemContext item : up.setItem()) {
            setItem(item, t, scope);
        }
        if (up.whereClause() != null) {
            expr(up.whereClause().expr(), scope);
        }
        if (up.returningClause() != null) {
            up.returningClause().resultColumn().forEach(rc -> resultColumn(rc, scope));
        }
        if (up.orderByClause() != null) {
            up.orderByClause().orderingTerm().forEach(o -> expr(o.expr(), scope));
        }
    }

    private void setItem(SetItemContext item, Table target, Scope scope) {
        for (ColumnNameContext c : item.columnName()) {
            if (!target.hasColumn(c.getText())) {
                unknownColumn(c, c.getText(), List.of(target));
            }
        }
        expr(item.expr(), scope);
        if (item.columnName().size() == 1) {
            target.column(item.columnName(0).getText()).ifPresent(col -> textIntoColumn(item.expr(), col, "assigned to"));
        }
    }

    private void delete(DeleteStatementContext del, Scope outer) {
        Scope withScope = del.withClause() != null ? withClause(del.withClause(), outer) : outer;
        Optional<Table> target = lookupTable(del.tableName(), withScope, true);
        Scope scope = new Scope(withScope);
        scope.add(del.alias() != null ? del.alias().getText() : lastName(del.tableName()),
                target.orElse(Table.opaque(lastName(del.tableName()), Table.Kind.TABLE)));
        if (del.whereClause() != null) {
            expr(del.whereClause().expr(), scope);
        }
        if (del.returningClause() != null) {
            del.returningClause().resultColumn().forEach(rc -> resultColumn(rc, scope));
        }
    }

    // ------------------------------------------------------------------ SELECT

    /** Checks a query; returns its result column names, or null when they cannot be known. */
    private List<String> select(SelectStatementContext sel, Scope outer) {
        Scope withScope = sel.withClause() != null ? withClause(sel.withClause(), outer) : outer;
        List<String> names = null;
        Scope last = null;
        Set<String> allNames = new LinkedHashSet<>();
        boolean first = true;
        for (SelectCoreContext core : sel.selectCore()) {
            Scope scope = new Scope(withScope);
            List<String> coreNames = core(core, scope);
            if (first) {
                names = coreNames;
                first = false;
            }
            if (coreNames != null) {
                coreNames.forEach(n -> allNames.add(SqlNames.key(n)));
            }
            last = scope;
        }
        if (sel.orderByClause() != null && last != null) {
            Scope orderScope = last;
            if (sel.selectCore().size() > 1) {
                orderScope.aliases.addAll(allNames);
            }
            orderScope.aliasesVisible = true;
            for (OrderingTermContext term : sel.orderByClause().orderingTerm()) {
                expr(term.expr(), orderScope);
            }
        }
        if (sel.limitClause() != null) {
            sel.limitClause().expr().forEach(e -> expr(e, withScope));
        }
        return names;
    }

    private Scope withClause(WithClauseContext with, Scope outer) {
        Scope scope = new Scope(outer);
        scope.ownCtes();
        for (CommonTableExpressionContext cte : with.commonTableExpression()) {
            String name = SqlNames.unquote(cte.cteName().getText());
            List<String> explicit = cte.columnName().stream().map(c -> c.getText()).toList();
            // A recursive CTE sees itself: give it the columns of its anchor first.
            List<String> anchor = explicit.isEmpty() ? anchorNames(cte.selectStatement()) : explicit;
            scope.ctes.put(SqlNames.key(name), anchor == null ? Table.opaque(name, Table.Kind.CTE) : cteTable(name, anchor));
            List<String> names = select(cte.selectStatement(), scope);
            if (!explicit.isEmpty()) {
                names = explicit;
            }
            scope.ctes.put(SqlNames.key(name), names == null ? Table.opaque(name, Table.Kind.CTE) : cteTable(name, names));
        }
        return scope;
    }

    private static Table cteTable(String name, List<String> columns) {
        return new Table(name, Table.Kind.CTE, columns.stream().map(c -> new Column(SqlNames.unquote(c), "", false)).toList(), false, false);
    }

    /** Result names of the first SELECT of a query, read off the syntax; null if it has a star. */
    private static List<String> anchorNames(SelectStatementContext sel) {
        SelectCoreContext core = sel.selectCore(0);
        if (core.valuesClause() != null) {
            int n = core.valuesClause().valuesRow(0).expr().size();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                names.add("column" + i);
            }
            return names;
        }
        List<String> names = new ArrayList<>();
        for (ResultColumnContext rc : core.resultColumn()) {
            if (rc instanceof ExprColumnContext ec) {
                names.add(resultName(ec));
            } else {
                return null;
            }
        }
        return names;
    }

    private List<String> core(SelectCoreContext core, Scope scope) {
        if (core.valuesClause() != null) {
            List<String> names = new ArrayList<>();
            int width = -1;
            for (ValuesRowContext row : core.valuesClause().valuesRow()) {
                row.expr().forEach(e -> expr(e, scope));
                if (width >= 0 && row.expr().size() != width) {
                    report(row, "values-count", "this row has " + row.expr().size() + " values but the first has " + width);
                }
                if (width < 0) {
                    width = row.expr().size();
                }
            }
            for (int i = 1; i <= width; i++) {
                names.add("column" + i);
            }
            return names;
        }
        if (core.fromClause() != null) {
            join(core.fromClause().joinClause(), scope);
        }
        for (ResultColumnContext rc : core.resultColumn()) {
            if (rc instanceof ExprColumnContext ec && ec.alias() != null) {
                scope.aliases.add(SqlNames.key(ec.alias().getText()));
            }
        }
        List<String> names = new ArrayList<>();
        boolean known = true;
        for (ResultColumnContext rc : core.resultColumn()) {
            List<String> produced = resultColumn(rc, scope);
            if (produced == null) {
                known = false;
            } else {
                names.addAll(produced);
            }
        }
        scope.aliasesVisible = true;
        if (core.whereClause() != null) {
            expr(core.whereClause().expr(), scope);
        }
        if (core.groupByClause() != null) {
            core.groupByClause().expr().forEach(e -> expr(e, scope));
        }
        if (core.havingClause() != null) {
            expr(core.havingClause().expr(), scope);
        }
        if (core.windowClause() != null) {
            core.windowClause().windowDefinition().forEach(w -> expr(w, scope));
        }
        scope.aliasesVisible = false;
        return known ? names : null;
    }

    /** Checks one result column; returns the names it produces, or null if unknown. */
    private List<String> resultColumn(ResultColumnContext rc, Scope scope) {
        if (rc instanceof AllColumnsContext) {
            List<String> names = new ArrayList<>();
            for (Source s : scope.sources) {
                if (s.table.isOpaque()) {
                    return null;
                }
                s.table.columns().forEach(c -> names.add(c.name()));
            }
            return names;
        }
        if (rc instanceof TableAllColumnsContext tac) {
            String q = lastName(tac.tableName());
            Optional<Source> s = scope.findSource(q);
            if (s.isEmpty()) {
                unknownQualifier(tac.tableName(), q, null, scope);
                return null;
            }
            return s.get().table.isOpaque() ? null : s.get().table.columns().stream().map(Column::name).toList();
        }
        ExprColumnContext ec = (ExprColumnContext) rc;
        expr(ec.expr(), scope);
        return List.of(resultName(ec));
    }

    private static String resultName(ExprColumnContext ec) {
        if (ec.alias() != null) {
            return SqlNames.unquote(ec.alias().getText());
        }
        if (unwrap(ec.expr()) instanceof ColumnExprContext ce) {
            return SqlNames.unquote(ce.columnReference().columnName().getText());
        }
        return ec.expr().getText();
    }

    private void join(JoinClauseContext join, Scope scope) {
        boolean natural = false;
        Source previous = null;
        for (ParseTree child : join.children) {
            if (child instanceof TableSourceContext ts) {
                Source added = tableSource(ts, scope);
                if (natural && added != null) {
                    for (Source s : scope.sources) {
                        if (s != added) {
                            for (Column c : s.table.columns()) {
                                if (added.table.column(c.name()).isPresent()) {
                                    scope.using.add(SqlNames.key(c.name()));
                                }
                            }
                        }
                    }
                }
                previous = added;
                natural = false;
            } else if (child instanceof JoinOperatorContext op) {
                natural = op.NATURAL() != null;
            } else if (child instanceof JoinConstraintContext jc) {
                if (jc.expr() != null) {
                    expr(jc.expr(), scope);
                } else {
                    for (ColumnNameContext c : jc.columnName()) {
                        if (previous != null && !previous.table.hasColumn(c.getText())) {
                            unknownColumn(c, c.getText(), List.of(previous.table));
                        }
                        scope.using.add(SqlNames.key(c.getText()));
                    }
                }
            }
        }
    }

    private Source tableSource(TableSourceContext ts, Scope scope) {
        if (ts instanceof NamedTableContext nt) {
            String name = lastName(nt.tableName());
            Table table = lookupTable(nt.tableName(), scope, true).orElse(Table.opaque(name, Table.Kind.TABLE));
            return scope.add(nt.alias() != null ? nt.alias().getText() : name, table);
        }
        if (ts instanceof TableFunctionContext tf) {
            tf.expr().forEach(e -> expr(e, scope));
            String fn = SqlNames.key(tf.functionName().getText());
            List<String> columns = SqlFunctions.TABLE_FUNCTIONS.get(fn);
            Table table;
            if (columns != null) {
                table = new Table(fn, Table.Kind.FUNCTION, columns.stream().map(c -> new Column(c, "", false)).toList(), false, false);
            } else {
                if (!fn.startsWith("pragma_") && !extraFunctions.contains(fn)) {
                    report(tf.functionName(), "unknown-function", "unknown table-valued function '" + tf.functionName().getText() + "'");
                }
                table = Table.opaque(fn, Table.Kind.FUNCTION);
            }
            return scope.add(tf.alias() != null ? tf.alias().getText() : fn, table);
        }
        if (ts instanceof SubqueryTableContext sq) {
            Scope inner = new Scope(scope.parent);
            inner.ctes = scope.ctes;
            List<String> names = select(sq.selectStatement(), inner);
            String alias = sq.alias() != null ? sq.alias().getText() : "(subquery)";
            Table table = names == null ? Table.opaque(alias, Table.Kind.DERIVED)
                    : new Table(SqlNames.unquote(alias), Table.Kind.DERIVED, names.stream().map(n -> new Column(n, "", false)).toList(), false, false);
            return scope.add(alias, table);
        }
        if (ts instanceof NestedJoinContext nj) {
            join(nj.joinClause(), scope);
        }
        return null;
    }

    // ------------------------------------------------------------------ expressions

    private void expr(ParseTree node, Scope scope) {
        if (node instanceof ColumnReferenceContext ref) {
            resolve(ref, scope, true);
            return;
        }
        if (node instanceof SelectStatementContext sel) {
            select(sel, new Scope(scope));
            return;
        }
        if (node instanceof FunctionCallContext call) {
            function(call);
        } else if (node instanceof EqualityExprContext eq) {
            compareTypes(eq.predicate(0), eq.predicate(1), scope);
        } else if (node instanceof CompareExprContext cmp) {
            compareTypes(cmp.predicate(0), cmp.predicate(1), scope);
        } else if (node instanceof BetweenExprContext bt) {
            compareTypes(bt.predicate(0), bt.predicate(1), scope);
            compareTypes(bt.predicate(0), bt.predicate(2), scope);
        } else if (node instanceof InExprContext in) {
            if (in.tableName() != null) {
                lookupTable(in.tableName(), scope, true);
            }
            for (ExprContext item : in.expr()) {
                compareTypes(in.predicate(), item, scope);
            }
        } else if (node instanceof OverClauseContext || node instanceof WindowNameContext || node instanceof TypeNameContext) {
            if (node instanceof OverClauseContext over && over.windowDefinition() != null) {
                expr(over.windowDefinition(), scope);
            }
            return;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            ParseTree child = node.getChild(i);
            if (child instanceof ParserRuleContext) {
                expr(child, scope);
            }
        }
    }

    private void function(FunctionCallContext call) {
        String name = call.functionName().getText();
        String key = SqlNames.key(name);
        if (SqlFunctions.isKnown(key) || extraFunctions.contains(key)) {
            return;
        }
        String hint = FOREIGN_FUNCTIONS.get(key);
        List<Fix> fixes = new ArrayList<>(SqlFunctionRewrites.fixes(call, source));
        if (hint == null) {
            List<String> close = Suggestions.closestAll(key, SqlFunctions.SCALAR_AND_AGGREGATE, 3);
            hint = close.isEmpty() ? null : close.get(0);
            fixes.addAll(replacements(call.functionName(), "unknown function", close));
        }
        report(call.functionName(), "unknown-function", "unknown function '" + name + "'"
                + (hint == null ? "" : "; SQLite has " + hint), fixes);
    }

    /** Text literal against a numeric column, in either order. */
    private void compareTypes(ParserRuleContext a, ParserRuleContext b, Scope scope) {
        Optional<Column> column = columnOf(a, scope);
        ParserRuleContext literal = b;
        if (column.isEmpty()) {
            column = columnOf(b, scope);
            literal = a;
        }
        if (column.isPresent()) {
            textIntoColumn(literal, column.get(), "compared with");
        }
    }

    private Optional<Column> columnOf(ParserRuleContext e, Scope scope) {
        if (unwrap(e) instanceof ColumnExprContext ce) {
            return resolve(ce.columnReference(), scope, false);
        }
        return Optional.empty();
    }

    /** The predicate an expression is when it has no boolean operator, else the expression. */
    private static ParserRuleContext unwrap(ParserRuleContext e) {
        return e instanceof PredicateExprContext p ? p.predicate() : e;
    }

    private void textIntoColumn(ParserRuleContext e, Column column, String verb) {
        if (unwrap(e) instanceof LiteralExprContext le && le.literal().STRING() != null) {
            String text = SqlNames.unquote(le.literal().STRING().getText());
            if (column.rejectsText() && !NUMERIC_TEXT.matcher(text).matches()) {
                List<Fix> fixes = new ArrayList<>();
                textTypeSlip(column).ifPresent(fixes::add);
                EnglishNumbers.asNumber(text).ifPresent(n ->
                        fixes.add(Fix.replace("wrote " + le.getText() + " as the number " + n, start(le), end(le), n)));
                if (!verb.equals("compared with")) {
                    // Storing nothing is an honest repair; comparing with NULL never matches, so it is none.
                    fixes.add(Fix.replace("replaced " + le.getText() + " with NULL", start(le), end(le), "NULL"));
                }
                report(le, "type-mismatch", "text " + le.getText() + " " + verb + " " + column.declaredType().toUpperCase(java.util.Locale.ROOT)
                        + " column '" + column.name() + "'", fixes);
            }
        }
    }

    /**
     * Resolves a column reference through the scope chain. Returns the column when it is known
     * (for type checks); reports unknown and ambiguous names when {@code report} is set.
     */
    private Optional<Column> resolve(ColumnReferenceContext ref, Scope scope, boolean report) {
        String column = ref.columnName().getText();
        if (ref.qualifier() != null) {
            List<NameContext> q = ref.qualifier().name();
            if (q.size() == 2 && !isLocalSchema(q.get(0).getText())) {
                return Optional.empty();
            }
            String qualifier = q.get(q.size() - 1).getText();
            Optional<Source> source = scope.findSource(qualifier);
            if (source.isEmpty()) {
                if (report) {
                    unknownQualifier(ref.qualifier(), qualifier, column, scope);
                }
                return Optional.empty();
            }
            Table table = source.get().table;
            if (!table.hasColumn(column)) {
                if (report) {
                    unknownColumn(ref.columnName(), column, List.of(table));
                }
                return Optional.empty();
            }
            return table.column(column);
        }
        String key = SqlNames.key(column);
        List<Table> searched = new ArrayList<>();
        for (Scope s = scope; s != null; s = s.parent) {
            List<Source> matches = new ArrayList<>();
            boolean opaque = false;
            for (Source src : s.sources) {
                searched.add(src.table);
                if (src.table.isOpaque()) {
                    opaque = true;
                } else if (src.table.hasColumn(column)) {
                    matches.add(src);
                }
            }
            if (matches.size() == 1) {
                return matches.get(0).table.column(column);
            }
            if (matches.size() > 1) {
                if (report && !s.using.contains(key)) {
                    List<String> where = matches.stream().map(m -> m.display).distinct().toList();
                    if (where.size() > 1) {
                        List<Fix> fixes = new ArrayList<>();
                        for (String w : where) {
                            String qualified = w + "." + ref.getText();
                            fixes.add(Fix.replace("qualified '" + ref.getText() + "' as '" + qualified + "'", start(ref), end(ref), qualified));
                        }
                        report(ref, "ambiguous-column", "column '" + SqlNames.unquote(column) + "' is ambiguous: it is in "
                                + String.join(" and ", where.stream().map(w -> "'" + w + "'").toList())
                                + "; qualify it, e.g. " + where.get(0) + "." + SqlNames.unquote(column), fixes);
                    }
                }
                return Optional.empty();
            }
            if (opaque || (s.aliasesVisible && s.aliases.contains(key))) {
                return Optional.empty();
            }
        }
        if (report) {
            unknownColumn(ref, column, searched);
        }
        return Optional.empty();
    }

    private Optional<Table> lookupTable(TableNameContext tn, Scope scope, boolean report) {
        List<NameContext> names = tn.name();
        if (names.size() == 2 && !isLocalSchema(names.get(0).getText())) {
            return Optional.of(Table.opaque(lastName(names), Table.Kind.TABLE));
        }
        String name = lastName(names);
        String key = SqlNames.key(name);
        if (names.size() == 1) {
            Table cte = scope.cte(key);
            if (cte != null) {
                return Optional.of(cte);
            }
        }
        Optional<Table> table = schema.find(name);
        if (table.isPresent()) {
            return table;
        }
        List<String> builtin = BUILTIN_TABLES.get(key);
        if (builtin != null) {
            return Optional.of(new Table(key, Table.Kind.BUILTIN, builtin.stream().map(c -> new Column(c, "", false)).toList(), false, true));
        }
        if (report) {
            unknownTable(tn, name, scope);
        }
        return Optional.empty();
    }

    private static boolean isLocalSchema(String name) {
        String k = SqlNames.key(name);
        return k.equals("main") || k.equals("temp");
    }

    // ------------------------------------------------------------------ reporting

    private void unknownTable(ParserRuleContext at, String name, Scope scope) {
        Set<String> candidates = new LinkedHashSet<>(scope.cteNames());
        candidates.addAll(schemaNames());
        List<String> close = Suggestions.closestAll(SqlNames.unquote(name), candidates, 3);
        String message = "unknown table '" + SqlNames.unquote(name) + "'"
                + (close.isEmpty() ? "" : "; did you mean '" + close.get(0) + "'?");
        if (close.isEmpty()) {
            close = Suggestions.related(SqlNames.unquote(name), candidates, 3);
        }
        if (close.isEmpty()) {
            close = tablesWithNamedColumns(at, candidates, scope);
        }
        ParserRuleContext nameAt = at instanceof TableNameContext tn ? tn.name(tn.name().size() - 1)
                : at instanceof QualifiedNameContext qn ? qn.name(qn.name().size() - 1) : at;
        report(at, "unknown-table", message, replacements(nameAt, "unknown table", close));
    }

    private Collection<String> schemaNames() {
        List<String> names = new ArrayList<>();
        schema.forEachName(names::add);
        return names;
    }

    /** @param column the column qualified with it, or null for {@code qualifier.*} */
    private void unknownQualifier(ParserRuleContext at, String qualifier, String column, Scope scope) {
        Set<String> candidates = new LinkedHashSet<>();
        for (Scope s = scope; s != null; s = s.parent) {
            s.sources.forEach(src -> candidates.add(src.display));
        }
        List<String> close = Suggestions.closestAll(SqlNames.unquote(qualifier), candidates, 3);
        if (close.isEmpty() && candidates.size() == 1) {
            close = List.copyOf(candidates); // "x.name" with one table in scope: it can only be that one
        }
        if (close.isEmpty() && column != null) {
            // An invented qualifier: the tables in scope that have the column, nearest first.
            Set<String> having = new LinkedHashSet<>();
            for (Scope s = scope; s != null; s = s.parent) {
                s.sources.stream().filter(src -> src.table.hasColumn(column)).forEach(src -> having.add(src.display));
            }
            close = having.stream().limit(3).toList();
        }
        String message = "no table or alias '" + SqlNames.unquote(qualifier) + "' in this query"
                + (close.isEmpty() ? "" : "; did you mean '" + close.get(0) + "'?");
        ParserRuleContext nameAt = at instanceof QualifierContext q ? q.name(q.name().size() - 1)
                : at instanceof TableNameContext tn ? tn.name(tn.name().size() - 1) : at;
        report(at, "unknown-table", message, replacements(nameAt, "unknown table or alias", close));
    }

    /**
     * For an invented column name (nothing in scope resembles it, so it is no typo): the columns of
     * the tables in scope, those the statement names nowhere else first, each group in declaration
     * order. An author who lists a table's columns or uses most of them most likely meant one not
     * yet used.
     */
    private List<String> unnamedColumns(ParserRuleContext at, List<Table> tables) {
        Set<String> named = namesInStatement(at);
        Set<String> unnamed = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        for (Table t : tables) {
            t.columns().stream().filter(c -> !c.generated())
                    .forEach(c -> (named.contains(SqlNames.key(c.name())) ? others : unnamed).add(c.name()));
        }
        unnamed.addAll(others);
        return unnamed.stream().limit(3).toList();
    }

    /**
     * For an invented table name: the known tables with the most columns that the statement names
     * (an INSERT's column list, a query's column references), at least one.
     */
    private List<String> tablesWithNamedColumns(ParserRuleContext at, Collection<String> tables, Scope scope) {
        Set<String> named = namesInStatement(at);
        List<Map.Entry<String, Long>> scored = new ArrayList<>();
        for (String name : tables) {
            Table t = scope.cte(SqlNames.key(name));
            if (t == null) {
                t = schema.find(name).orElse(null);
            }
            if (t == null) {
                continue;
            }
            long hits = t.columns().stream().filter(c -> named.contains(SqlNames.key(c.name()))).count();
            if (hits > 0) {
                scored.add(Map.entry(name, hits));
            }
        }
        scored.sort(Map.Entry.<String, Long>comparingByValue().reversed()); // stable: ties keep declaration order
        return scored.stream().limit(3).map(Map.Entry::getKey).toList();
    }

    /** Every name and word written in the statement around {@code at}, as {@link SqlNames#key}s. */
    private static Set<String> namesInStatement(ParserRuleContext at) {
        ParserRuleContext statement = enclosingStatement(at);
        Set<String> out = new HashSet<>();
        java.util.ArrayDeque<ParseTree> todo = new java.util.ArrayDeque<>();
        todo.push(statement != null ? statement : at);
        while (!todo.isEmpty()) {
            ParseTree n = todo.pop();
            if (n instanceof org.antlr.v4.runtime.tree.TerminalNode t) {
                out.add(SqlNames.key(t.getText()));
            }
            for (int i = 0; i < n.getChildCount(); i++) {
                todo.push(n.getChild(i));
            }
        }
        return out;
    }

    /** Keywords that stand where a column can: a misspelled one reads as an unknown column. */
    private static final List<String> VALUE_KEYWORDS = List.of("CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "NULL", "TRUE", "FALSE");

    private void unknownColumn(ParserRuleContext at, String column, List<Table> tables) {
        Set<String> candidates = new LinkedHashSet<>();
        tables.forEach(t -> t.columns().forEach(c -> candidates.add(c.name())));
        if (!(at instanceof ColumnNameContext) && Suggestions.closestAll(SqlNames.unquote(column), candidates, 1).isEmpty()) {
            candidates.addAll(VALUE_KEYWORDS);
        }
        String plain = SqlNames.unquote(column);
        String where;
        List<String> tableNames = tables.stream().map(Table::name).distinct().toList();
        if (tableNames.isEmpty()) {
            where = "no table is in scope here";
        } else if (tableNames.size() == 1) {
            where = "table '" + tableNames.get(0) + "' has no such column";
        } else {
            where = "not in " + String.join(", ", tableNames.stream().map(n -> "'" + n + "'").toList());
        }
        List<String> close = Suggestions.closestAll(plain, candidates, 3);
        String message = "unknown column '" + plain + "': " + where
                + (close.isEmpty() ? "" : "; did you mean '" + close.get(0) + "'?");
        if (close.isEmpty()) {
            close = Suggestions.related(plain, candidates, 3); // fixes to try, too loose to name in the message
        }
        if (close.isEmpty()) {
            close = unnamedColumns(at, tables);
        }
        List<Fix> fixes = new ArrayList<>(replacements(at instanceof ColumnReferenceContext r ? r.columnName() : at, "unknown column", close));
        definitionTypo(plain, close, tables).ifPresent(fixes::add);
        if (column.startsWith("\"")) {
            message += " (for a string, use single quotes)";
            String single = "'" + plain.replace("'", "''") + "'";
            fixes.add(Fix.replace("made \"" + plain + "\" the string " + single, start(at), end(at), single));
        }
        report(at, "unknown-column", message, fixes);
    }

    /**
     * A typo in a column's definition rather than in its uses ("idd INTEGER PRIMARY KEY", used as
     * "id" everywhere): renaming the definition, one edit, where replacing each use is several.
     * Only where the uses agree: the closest column, defined in this script and written nowhere
     * else, the used name written at least twice, in a table that has no column of that name.
     */
    private Optional<Fix> definitionTypo(String used, List<String> close, List<Table> tables) {
        if (close.isEmpty() || Suggestions.distance(used.toLowerCase(java.util.Locale.ROOT), close.get(0).toLowerCase(java.util.Locale.ROOT), 2) > 2) {
            return Optional.empty();
        }
        String defined = close.get(0);
        for (Table t : tables) {
            if (t.columns().stream().anyMatch(c -> c.name().equalsIgnoreCase(used))) {
                continue;
            }
            for (Column c : t.columns()) {
                ParserRuleContext at = definedAt.get(c);
                if (at != null && c.name().equalsIgnoreCase(defined) && written(defined) == 1 && written(used) >= 2) {
                    // The repair's explanation places it at the error: "...; it is used as 'id' at 10:48".
                    return Optional.of(Fix.replace("renamed column '" + defined + "' to '" + used + "' where table '" + t.name() + "' defines it (line "
                            + (line(at) + 1) + "); it is used as '" + used + "'", start(at), end(at), used));
                }
            }
        }
        return Optional.empty();
    }

    /** How often the script writes the name (quoted or not, in any case). */
    private long written(String name) {
        return parsed.tokens().stream().filter(tok -> !tok.hidden() && SqlNames.unquote(tok.text()).equalsIgnoreCase(name)).count();
    }

    private void report(ParserRuleContext at, String code, String message) {
        report(at, code, message, List.of());
    }

    private void report(ParserRuleContext at, String code, String message, List<Fix> fixes) {
        if (silent > 0) {
            return;
        }
        out.add(Diagnostic.error(start(at), Math.max(start(at), end(at)), code, message).withFixes(fixes));
    }

    /** Fixes that replace the text of {@code at} with each alternative. */
    private List<Fix> replacements(ParserRuleContext at, String what, List<String> alternatives) {
        List<Fix> fixes = new ArrayList<>();
        for (String alt : alternatives) {
            fixes.add(Fix.replace("replaced " + what + " '" + at.getText() + "' with '" + alt + "'", start(at), end(at), alt));
        }
        return fixes;
    }

    private int start(ParserRuleContext ctx) {
        return source.offsetOfCodePoint(ctx.start.getStartIndex());
    }

    private int end(ParserRuleContext ctx) {
        Token stop = ctx.stop != null ? ctx.stop : ctx.start;
        return source.offsetOfCodePoint(stop.getStopIndex() + 1);
    }

    private int line(ParserRuleContext ctx) {
        return source.lineOf(start(ctx));
    }

    private static String lastName(TableNameContext tn) {
        return lastName(tn.name());
    }

    private static String lastName(List<NameContext> names) {
        return names.get(names.size() - 1).getText();
    }

    // ------------------------------------------------------------------ scopes

    /** A relation in a FROM clause under the name the query uses for it. */
    private record Source(String key, String display, Table table) {
    }

    /** Names visible at one level of a query, with the enclosing level as parent. */
    private static final class Scope {
        final Scope parent;
        Map<String, Table> ctes;
        final List<Source> sources = new ArrayList<>();
        /** Columns merged by USING or NATURAL joins: not ambiguous. */
        final Set<String> using = new HashSet<>();
        /** Result-column aliases, which SQLite lets WHERE, GROUP BY, HAVING and ORDER BY use. */
        final Set<String> aliases = new HashSet<>();
        boolean aliasesVisible;

        Scope(Scope parent) {
            this.parent = parent;
            this.ctes = parent != null ? parent.ctes : new HashMap<>();
        }

        void ownCtes() {
            ctes = new HashMap<>(ctes);
        }

        Source add(String name, Table table) {
            Source s = new Source(SqlNames.key(name), SqlNames.unquote(name), table);
            sources.add(s);
            return s;
        }

        Table cte(String key) {
            return ctes.get(key);
        }

        Collection<String> cteNames() {
            return ctes.values().stream().map(Table::name).toList();
        }

        Optional<Source> findSource(String name) {
            String key = SqlNames.key(name);
            for (Scope s = this; s != null; s = s.parent) {
                for (int i = s.sources.size() - 1; i >= 0; i--) {
                    if (s.sources.get(i).key.equals(key)) {
                        return Optional.of(s.sources.get(i));
                    }
                }
            }
            return Optional.empty();
        }
    }
}
