package dev.dslfix.models.corrupt;

import java.util.List;
import java.util.Set;

/**
 * What LLMs get wrong in Ansible-style playbooks: module and key names from other tools or older
 * releases, Python and Jinja spellings of booleans, loop keywords from other languages. Entries
 * the checker does not flag are never kept.
 */
final class PlaybookHints {
    private PlaybookHints() {
    }

    private static final List<ForeignWord> FOREIGN = List.of(
            new ForeignWord("when", "if", "Python"),
            new ForeignWord("loop", "for", "Python"),
            new ForeignWord("loop", "foreach", "PHP"),
            new ForeignWord("become", "sudo", "shell"),
            new ForeignWord("hosts", "host", "Ansible (typo)"),
            new ForeignWord("tasks", "steps", "GitHub Actions"),
            new ForeignWord("name", "title", "Docker Compose"),
            new ForeignWord("notify", "trigger", "Salt"),
            new ForeignWord("handlers", "on_change", "Chef"),
            new ForeignWord("apt", "apt-get", "shell"),
            new ForeignWord("package", "pkg", "Salt"),
            new ForeignWord("service", "systemctl", "shell"),
            new ForeignWord("copy", "cp", "shell"),
            new ForeignWord("file", "mkdir", "shell"),
            new ForeignWord("present", "installed", "Salt"),
            new ForeignWord("started", "running", "Salt"),
            new ForeignWord("register", "output", "GitHub Actions"),
            new ForeignWord("vars", "env", "GitHub Actions"));

    private static final Hints HINTS = new Hints("yaml", "playbook", '"', FOREIGN, Set.of(),
            List.of("app_dir", "app_user", "app_port", "packages", "db_name", "db_user", "db_password", "version",
                    "service_name", "config_path", "deploy_user", "backup_dir", "nginx_port", "domain"));

    static Hints hints() {
        return HINTS;
    }
}
