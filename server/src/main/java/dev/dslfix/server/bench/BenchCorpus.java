package dev.dslfix.server.bench;

import java.util.Random;

/** Deterministic documents of a given size for benchmarks: realistic statements, no errors. */
public final class BenchCorpus {
    private BenchCorpus() {
    }

    /** A SQL script of about {@code lines} lines: a schema, then a mix of queries and DML on it. */
    public static String sql(int lines, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        int tables = Math.max(4, lines / 100);
        for (int t = 0; t < tables; t++) {
            sb.append("CREATE TABLE t").append(t).append(" (\n")
                    .append("    id INTEGER PRIMARY KEY,\n")
                    .append("    parent_id INTEGER REFERENCES t").append(t == 0 ? 0 : t - 1).append("(id),\n")
                    .append("    name TEXT NOT NULL,\n")
                    .append("    amount REAL DEFAULT 0,\n")
                    .append("    created_at TEXT DEFAULT CURRENT_TIMESTAMP\n")
                    .append(");\n");
        }
        int count = 0;
        while (countLines(sb) < lines) {
            int a = r.nextInt(tables);
            int b = r.nextInt(tables);
            switch (count++ % 5) {
                case 0 -> sb.append("SELECT x.name, count(y.id) AS n, sum(y.amount) AS total\n")
                        .append("FROM t").append(a).append(" AS x\n")
                        .append("LEFT JOIN t").append(b).append(" AS y ON y.parent_id = x.id\n")
                        .append("WHERE x.amount > ").append(r.nextInt(100)).append(" AND x.name LIKE 'a%'\n")
                        .append("GROUP BY x.name\nHAVING n > 1\nORDER BY total DESC\nLIMIT 10;\n");
                case 1 -> sb.append("INSERT INTO t").append(a).append(" (id, parent_id, name, amount) VALUES (")
                        .append(r.nextInt(100000)).append(", ").append(r.nextInt(100)).append(", 'item ")
                        .append(r.nextInt(1000)).append("', ").append(r.nextInt(1000)).append(".5);\n");
                case 2 -> sb.append("UPDATE t").append(a).append(" SET amount = amount * 1.1, name = upper(name)\n")
                        .append("WHERE id IN (SELECT parent_id FROM t").append(b).append(" WHERE amount < ")
                        .append(r.nextInt(50)).append(");\n");
                case 3 -> sb.append("WITH recent AS (\n    SELECT id, amount FROM t").append(a)
                        .append(" WHERE created_at > '2024-01-01'\n)\n")
                        .append("SELECT r.id, r.amount, CASE WHEN r.amount > 100 THEN 'big' ELSE 'small' END AS size\n")
                        .append("FROM recent r\nORDER BY r.amount;\n");
                default -> sb.append("DELETE FROM t").append(a).append(" WHERE amount IS NULL OR id BETWEEN ")
                        .append(r.nextInt(10)).append(" AND ").append(10 + r.nextInt(10)).append(";\n");
            }
        }
        return sb.toString();
    }

    /** A program of about {@code lines} lines in the bundled Calc grammar (test-fixtures/grammars/calc). */
    public static String calc(int lines, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (countLines(sb) < lines) {
            switch (i++ % 3) {
                case 0 -> sb.append("let v").append(i).append(" = (").append(r.nextInt(100)).append(" + v")
                        .append(Math.max(0, i - 3)).append(") * 2;\n");
                case 1 -> sb.append("print v").append(i - 1).append(", \"value\";\n");
                default -> sb.append("if v").append(i - 2).append(" > ").append(r.nextInt(50)).append(" {\n  print max(v")
                        .append(i - 2).append(", 3);\n} else {\n  print 0;\n}\n");
            }
        }
        return sb.toString();
    }

    static int countLines(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /**
     * Valid fixtures joined in name order (repeated if need be) until the text has {@code lines}
     * lines; YAML document markers are dropped so the result is one document.
     */
    public static String joined(java.nio.file.Path dir, String suffix, int lines) throws java.io.IOException {
        java.util.List<java.nio.file.Path> files;
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new java.io.IOException("no " + suffix + " files in " + dir);
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; countLines(sb.toString()) < lines; k++) {
            String text = java.nio.file.Files.readString(files.get(k % files.size()));
            for (String line : text.split("\n", -1)) {
                if (!line.equals("---") && !line.equals("...")) {
                    sb.append(line).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
