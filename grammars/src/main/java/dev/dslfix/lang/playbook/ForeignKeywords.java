package dev.dslfix.lang.playbook;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What other automation tools (GitHub Actions, Salt, Chef, Puppet, shell habits) call Ansible's
 * task and play keywords: an LLM writing a playbook borrows them ("if:", "for:", "steps:"), and no
 * edit distance leads from "trigger" to "notify".
 */
final class ForeignKeywords {
    private static final Map<String, List<String>> TASK = Map.ofEntries(
            Map.entry("for", List.of("loop")), Map.entry("foreach", List.of("loop")), Map.entry("for_each", List.of("loop")),
            Map.entry("each", List.of("loop")), Map.entry("items", List.of("loop")), Map.entry("iterate", List.of("loop")),
            Map.entry("matrix", List.of("loop")), Map.entry("with", List.of("loop")), Map.entry("over", List.of("loop")),
            Map.entry("if", List.of("when")), Map.entry("only_if", List.of("when")), Map.entry("onlyif", List.of("when")),
            Map.entry("condition", List.of("when")), Map.entry("conditions", List.of("when")), Map.entry("where", List.of("when")),
            Map.entry("trigger", List.of("notify")), Map.entry("triggers", List.of("notify")), Map.entry("notifies", List.of("notify")),
            Map.entry("on_change", List.of("notify")), Map.entry("handler", List.of("notify")), Map.entry("subscribe", List.of("notify")),
            Map.entry("sudo", List.of("become")), Map.entry("run_as_root", List.of("become")), Map.entry("privileged", List.of("become")),
            Map.entry("run_as", List.of("become_user")), Map.entry("sudo_user", List.of("become_user")), Map.entry("user", List.of("become_user")),
            Map.entry("env", List.of("environment")), Map.entry("environ", List.of("environment")), Map.entry("variables", List.of("vars")),
            Map.entry("retry", List.of("retries")), Map.entry("attempts", List.of("retries")), Map.entry("sleep", List.of("delay")),
            Map.entry("wait", List.of("delay")), Map.entry("save", List.of("register")), Map.entry("save_as", List.of("register")),
            Map.entry("store", List.of("register")), Map.entry("output", List.of("register")), Map.entry("result", List.of("register")),
            Map.entry("continue_on_error", List.of("ignore_errors")), Map.entry("allow_failure", List.of("ignore_errors")),
            Map.entry("ignore_failure", List.of("ignore_errors")), Map.entry("title", List.of("name")), Map.entry("label", List.of("name")),
            Map.entry("description", List.of("name")), Map.entry("desc", List.of("name")), Map.entry("step", List.of("name")),
            Map.entry("host", List.of("delegate_to")), Map.entry("on_host", List.of("delegate_to")), Map.entry("timeout", List.of("async")));

    private static final Map<String, List<String>> PLAY = Map.ofEntries(
            Map.entry("title", List.of("name")), Map.entry("description", List.of("name")), Map.entry("desc", List.of("name")),
            Map.entry("label", List.of("name")), Map.entry("targets", List.of("hosts")), Map.entry("target", List.of("hosts")),
            Map.entry("host", List.of("hosts")), Map.entry("servers", List.of("hosts")), Map.entry("machines", List.of("hosts")),
            Map.entry("nodes", List.of("hosts")), Map.entry("runs-on", List.of("hosts")), Map.entry("runs_on", List.of("hosts")),
            Map.entry("steps", List.of("tasks")), Map.entry("jobs", List.of("tasks")), Map.entry("actions", List.of("tasks")),
            Map.entry("commands", List.of("tasks")), Map.entry("run", List.of("tasks")), Map.entry("sudo", List.of("become")),
            Map.entry("env", List.of("vars", "environment")), Map.entry("variables", List.of("vars")), Map.entry("params", List.of("vars")),
            Map.entry("parameters", List.of("vars")), Map.entry("defaults", List.of("vars")), Map.entry("user", List.of("remote_user")));

    private ForeignKeywords() {
    }

    /** Ansible task keywords the word stands for in other tools, most likely first. */
    static List<String> task(String word) {
        return TASK.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    /** Ansible play keywords the word stands for in other tools, most likely first. */
    static List<String> play(String word) {
        return PLAY.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }
}
