package dev.dslfix.models.corrupt;

import java.util.List;
import java.util.Set;

/**
 * What LLMs bring into SQLite from other dialects (T-SQL, MySQL, PostgreSQL, Oracle), as seen in
 * test-fixtures/sql/broken. Entries the checker does not flag are simply never kept. T-SQL's
 * "SELECT TOP 5" is made from a query's own LIMIT ({@link TopFromLimit}).
 */
final class SqlHints {
    private SqlHints() {
    }

    private static final List<ForeignWord> FOREIGN = List.of(
            new ForeignWord("LIKE", "ILIKE", "PostgreSQL"),
            new ForeignWord("AUTOINCREMENT", "AUTO_INCREMENT", "MySQL"),
            new ForeignWord("coalesce", "NVL", "Oracle"),
            new ForeignWord("coalesce", "ISNULL", "T-SQL"),
            new ForeignWord("ifnull", "NVL", "Oracle"),
            new ForeignWord("length", "LEN", "T-SQL"),
            new ForeignWord("substr", "MID", "MySQL"),
            new ForeignWord("lower", "LCASE", "MySQL"),
            new ForeignWord("upper", "UCASE", "MySQL"),
            new ForeignWord("instr", "CHARINDEX", "T-SQL"),
            new ForeignWord("random", "RAND", "MySQL"),
            new ForeignWord("group_concat", "LISTAGG", "Oracle"),
            new ForeignWord("strftime", "DATE_FORMAT", "MySQL"),
            new ForeignWord("iif", "IF", "MySQL"),
            new ForeignWord("CURRENT_TIMESTAMP", "GETDATE()", "T-SQL"),
            new ForeignWord("CURRENT_TIMESTAMP", "NOW()", "MySQL"),
            new ForeignWord("CURRENT_DATE", "SYSDATE", "Oracle"),
            new ForeignWord("EXCEPT", "MINUS", "Oracle"),
            new ForeignWord("!=", "!==", "JavaScript"),
            new ForeignWord("AND", "&&", "MySQL"),
            new ForeignWord("RETURNING", "OUTPUT", "T-SQL"));

    private static final Set<String> LIST_ENDERS = Set.of(
            "FROM", "WHERE", "GROUP", "ORDER", "HAVING", "LIMIT", "VALUES", "SET", "ON", "JOIN", "INNER", "LEFT",
            "RIGHT", "CROSS", "RETURNING", "UNION", "EXCEPT", "INTERSECT", "WINDOW", "SELECT", "DO", "USING");

    private static final List<String> NAMES = List.of(
            "user_id", "customer_id", "customers", "customer", "order_id", "orders", "order_date", "amount",
            "total_amount", "status", "created_at", "updated_at", "full_name", "email_address", "price",
            "unit_price", "quantity", "qty", "description", "category", "users", "accounts", "items",
            "product_id", "products", "employee", "employees", "dept", "department_id", "salary", "tbl", "t1");

    private static final Hints HINTS = new Hints("sql", "query", '\'', FOREIGN, LIST_ENDERS, NAMES);

    static Hints hints() {
        return HINTS;
    }
}
