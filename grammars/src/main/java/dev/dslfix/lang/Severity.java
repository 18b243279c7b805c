package dev.dslfix.lang;

/** How bad a finding is. The order is from worst to mildest. */
public enum Severity {
    ERROR, WARNING, INFO, HINT;

    /** Lower-case name as used by the command line and JSON output ("error", "warning", ...). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
