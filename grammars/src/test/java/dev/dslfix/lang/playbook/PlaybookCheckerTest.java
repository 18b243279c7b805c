package dev.dslfix.lang.playbook;

import static dev.dslfix.lang.playbook.PlaybookTesting.check;
import static dev.dslfix.lang.playbook.PlaybookTesting.codes;
import static dev.dslfix.lang.playbook.PlaybookTesting.fixed;
import static dev.dslfix.lang.playbook.PlaybookTesting.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule of the checker fires where it should and stays silent where it should not. */
class PlaybookCheckerTest {

    /** A play on all hosts with the given tasks (indented by the caller as list items at column 4). */
    private static String play(String tasks) {
        return "- hosts: all\n  tasks:\n" + tasks;
    }

    private static String play(String vars, String tasks) {
        return "- hosts: all\n  vars:\n" + vars + "  tasks:\n" + tasks;
    }

    // ------------------------------------------------------------------ modules

    @Test
    void unknownModuleIsReportedWithTheClosestModule() {
        String text = play("    - name: x\n      shel: echo hi\n");
        assertEquals(List.of("4:7 unknown-module unknown module 'shel': it is neither an Ansible module nor a task keyword; did you mean 'shell'?"),
                check(text));
        assertEquals(List.of(), check(fixed(text, "unknown-module")));
    }

    @Test
    void shortNamesAndFullyQualifiedNamesAreModules() {
        assertEquals(List.of(), check(play("""
                    - ansible.builtin.apt: {name: git}
                    - apt: {name: git}
                    - ansible.legacy.apt: {name: git}
                    - community.general.ufw: {state: enabled}
                    - ufw: {state: enabled}
                    - acme.internal.deploy_release: {version: 3}
                    - community.general.some_module_not_listed: {x: 1}
                    - win_ping:
                """)));
        assertEquals(List.of("3:7 unknown-module unknown module 'ansible.builtin.nope': ansible.builtin has no module 'nope'"),
                check(play("    - ansible.builtin.nope: {x: 1}\n")));
        // a typo of a listed module of a listed collection
        assertEquals(List.of("unknown-module"), codes(play("    - community.docker.docker_contaner: {name: x}\n")));
    }

    @Test
    void customModulesComeFromTheSettings() {
        String text = play("    - name: deploy\n      acme_deploy:\n        release: 42\n");
        assertEquals(List.of("unknown-module"), codes(text));
        PlaybookLanguage custom = new PlaybookLanguage(new PlaybookSettings(List.of(), Set.of("acme_deploy"), Set.of()));
        assertEquals(List.of(), custom.check(text));
    }

    @Test
    void taskWithoutModule() {
        assertEquals(List.of("3:7 missing-module this task ('Nothing') has no module to run: add one, such as 'ansible.builtin.command: ...'"),
                check(play("    - name: Nothing\n      become: true\n")));
        // blocks, includes and meta are fine
        assertEquals(List.of(), check(play("""
                    - block:
                        - ansible.builtin.ping:
                    - ansible.builtin.include_tasks: other.yml
                    - ansible.builtin.meta: flush_handlers
                """)));
    }

    @Test
    void twoModulesInOneTask() {
        assertEquals(List.of("5:7 multiple-modules this task has two modules, 'apt' and 'service': a task runs one module; split it into two tasks"),
                check(play("    - name: both\n      apt: name=nginx\n      service: name=nginx state=started\n")));
        assertEquals(List.of(), check(play("    - name: one\n      apt: name=nginx\n      become: true\n")));
    }

    @Test
    void includeWasRemoved() {
        String text = play("    - include: other.yml\n");
        assertEquals(List.of("3:7 unknown-module 'include' was removed in ansible-core 2.16: use 'include_tasks' (dynamic) or 'import_tasks' (static)"),
                check(text));
        assertEquals(List.of(), check(fixed(text, "unknown-module")));
    }

    // ------------------------------------------------------------------ arguments

    @Test
    void unknownArgumentWithFix() {
        String text = play("    - apt:\n        name: git\n        update_cahce: true\n");
        assertEquals(List.of("5:9 unknown-argument 'apt' has no argument 'update_cahce'; did you mean 'update_cache'?"), check(text));
        assertEquals(List.of(), check(fixed(text, "unknown-argument")));
        // in key=value form too
        assertEquals(List.of("3:21 unknown-argument 'apt' has no argument 'stat'; did you mean 'state'?"),
                check(play("    - apt: name=git stat=present\n")));
        // aliases are arguments
        assertEquals(List.of(), check(play("    - apt: {pkg: git, update-cache: yes}\n    - file: {dest: /x, state: absent}\n")));
    }

    @Test
    void partiallyListedModulesOnlyReportTypos() {
        assertEquals(List.of(), check(play("    - community.docker.docker_container: {name: x, image: y, oom_killer: false}\n")));
        assertEquals(List.of("unknown-argument"), codes(play("    - community.docker.docker_container: {name: x, imgae: y}\n")));
    }

    @Test
    void taskKeywordIndentedUnderTheModule() {
        assertEquals(List.of("5:9 unknown-argument 'when' is a task keyword, not an argument of 'apt': indent it at the level of 'apt:'"),
                check(play("    - apt:\n        name: git\n        when: false\n")));
    }

    @Test
    void missingRequiredArguments() {
        assertEquals(List.of("3:7 missing-argument 'template' is missing its required argument 'dest'"),
                check(play("    - template:\n        src: a.j2\n")));
        assertEquals(List.of("3:7 missing-argument 'copy' is missing its required argument 'dest'"), check(play("    - copy: src=a\n")));
        assertEquals(List.of("3:7 missing-argument 'apt' needs one of 'name', 'deb', 'upgrade', 'update_cache', 'autoremove' or 'autoclean'"),
                check(play("    - apt:\n        state: present\n")));
        assertEquals(List.of("3:7 missing-argument 'systemd' with 'state' also needs 'name'"), check(play("    - systemd: {state: started}\n")));
        assertEquals(List.of("3:7 missing-argument 'command' needs the command to run: write it after 'command:' or as 'cmd:'"),
                check(play("    - command:\n")));
        assertEquals(List.of("4:9 missing-argument 'dest' of 'template' is required but has no value"),
                check(play("    - template:\n        dest:\n        src: a.j2\n")));
        // free-form and argument forms are both fine
        assertEquals(List.of(), check(play("""
                    - command: ls -l
                    - command:
                        cmd: ls -l
                        chdir: /tmp
                    - shell: echo hi > /tmp/x
                      args:
                        creates: /tmp/x
                    - command:
                        argv: [ls, -l]
                    - template:
                        src: a.j2
                      args:
                        dest: /b
                """)));
    }

    @Test
    void invalidChoice() {
        String text = play("    - apt:\n        name: git\n        state: install\n");
        Diagnostic d = only(text, "invalid-choice");
        assertEquals("'install' is not a valid value for 'state' of 'apt'; choose one of absent, build-dep, latest, present, fixed"
                + " (did you mean 'present'?)", d.message());
        assertEquals(List.of(), check(fixed(text, "invalid-choice")));
        // case and close typos
        assertTrue(check(play("    - service: {name: x, state: Started}\n")).get(0).contains("(did you mean 'started'?)"));
        assertTrue(check(play("    - service: name=x state=restartd\n")).get(0).contains("(did you mean 'restarted'?)"));
        // yes/no choices accept YAML booleans; templated values are not checked
        assertEquals(List.of(), check(play("    - apt: {upgrade: yes}\n    - service: {name: x, state: \"{{ wanted | default('started') }}\"}\n"
                + "    - ufw: {logging: on}\n")));
        assertEquals(List.of("3:29 invalid-choice 'flush' is not a valid value for 'meta'; choose one of clear_facts, clear_host_errors,"
                + " end_host, end_play, flush_handlers, noop, refresh_inventory, reset_connection, end_batch, end_role"),
                check(play("    - ansible.builtin.meta: flush\n")));
    }

    @Test
    void mutuallyExclusiveArguments() {
        assertEquals(List.of("6:9 mutually-exclusive 'src' and 'content' cannot be used together in 'copy'; keep one"),
                check(play("    - copy:\n        dest: /x\n        src: a\n        content: b\n")));
        assertEquals(List.of("5:7 mutually-exclusive 'loop' and 'with_items' cannot be used together in one task; keep 'loop'"),
                check(play("    - debug: var=item\n      loop: [1]\n      with_items: [2]\n")));
        assertEquals(List.of(), check(play("    - copy: {dest: /x, content: b}\n")));
    }

    @Test
    void typeMismatches() {
        assertEquals(List.of("4:23 type-mismatch 'update_cache' of 'apt' expects a boolean (yes/no or true/false); got a list"),
                check(play("    - apt:\n        update_cache: [true]\n")));
        assertEquals(List.of("2:11 type-mismatch 'become' expects a boolean (true or false); got a list"),
                check("- hosts: all\n  become: [yes]\n"));
        assertEquals(List.of("3:28 type-mismatch 'uid' of 'user' expects an integer; got 'abc'"), check(play("    - user: {name: x, uid: abc}\n")));
        assertEquals(List.of("3:34 type-mismatch 'update_cache' of 'apt' expects a boolean (yes/no or true/false); got 'maybe'"),
                check(play("    - apt: name=git update_cache=maybe\n")));
        assertEquals(List.of("3:39 type-mismatch 'headers' of 'uri' expects a mapping; got a list"),
                check(play("    - uri: {url: 'http://x', headers: [a]}\n")));
        assertEquals(List.of("4:16 type-mismatch 'service' takes its arguments as a mapping (key: value lines under it) or as key=value"
                + " pairs, not a bare value 'nginx'"), check(play("    - name: x\n      service: nginx\n")));
        assertEquals(List.of("4:16 type-mismatch 'retries' expects an integer; got 'three'"),
                check(play("    - debug: var=inventory_hostname\n      retries: three\n")));
        // what is fine: YAML and string booleans, numeric strings, templates, a string for a list
        assertEquals(List.of(), check(play("""
                    - service: {name: x, enabled: yes}
                    - service: {name: x, enabled: "true"}
                    - service: {name: x, enabled: "{{ flag | default(true) }}"}
                    - user: {name: x, uid: "1001"}
                    - apt: {name: nginx}
                    - debug: var=inventory_hostname
                      retries: 3
                      ignore_errors: True
                """)));
    }

    @Test
    void documentShapes() {
        assertEquals(List.of("3:5 type-mismatch 'tasks' must be a list of tasks: start each task with '- '"),
                check("- hosts: all\n  tasks:\n    name: x\n    ping:\n"));
        assertEquals(List.of("3:7 type-mismatch a task must be a mapping ('- name: ...' with a module on the next line); this is 'ping'"),
                check(play("    - ping\n")));
        assertEquals(List.of("1:1 type-mismatch a playbook is a list of plays (each starts with '- hosts: ...'); this document is 'just text'"),
                check("just text\n"));
        String mapping = "hosts: all\ntasks:\n  - ping:\n";
        assertEquals(List.of("1:1 type-mismatch a playbook is a list of plays: start the play with '- ' and indent its keys under it"),
                check(mapping));
        assertEquals(List.of(), check(fixed(mapping, "type-mismatch")));
        assertEquals(List.of("1:1 empty-playbook the playbook has no plays: add one, such as '- hosts: all' with its tasks"), check(""));
        assertEquals(List.of("empty-playbook"), codes("---\n# nothing yet\n"));
        assertEquals(List.of(), check("- hosts: all\n"));
    }

    @Test
    void aListOfTasksIsCheckedAsATasksFile() {
        // a role's tasks get their variables from elsewhere: only modules and arguments are checked
        assertEquals(List.of("3:5 unknown-argument 'apt' has no argument 'nme'; did you mean 'name'?"),
                check("- name: install\n  apt:\n    nme: \"{{ packages }}\"\n"));
        assertEquals(List.of(), check("- name: install\n  apt:\n    name: \"{{ packages }}\"\n"));
    }

    // ------------------------------------------------------------------ keywords

    @Test
    void unknownPlayAndTaskKeywords() {
        String text = "- host: all\n  tasks: []\n";
        assertEquals(List.of("1:3 missing-key this play has no 'hosts': add 'hosts: all' or the group it runs on",
                "1:3 unknown-key unknown play keyword 'host'; did you mean 'hosts'?"), check(text));
        assertEquals(List.of(), check(fixed(text, "unknown-key")));
        String task = play("    - ping:\n      notfy: x\n");
        assertEquals(List.of("4:7 unknown-key unknown task keyword 'notfy'; did you mean 'notify'?"), check(task));
        // once it is spelled right, the handler it names is looked for
        assertEquals(List.of("unknown-handler"), codes(fixed(task, "unknown-key")));
        // listen is a keyword of handlers only
        assertEquals(List.of("4:7 unknown-key unknown task keyword 'listen'"), check(play("    - ping:\n      listen: x\n")));
        assertEquals(List.of("3:3 unknown-key 'apt' is a module, not a play keyword: tasks go in a list under 'tasks:' (- name: ... apt: ...)"),
                check("- hosts: all\n  tasks: []\n  apt: {name: git}\n"));
        assertEquals(List.of("3:3 unknown-key 'register' is a task keyword and cannot be used on a play"),
                check("- hosts: all\n  tasks: []\n  register: x\n"));
        assertEquals(List.of("5:7 unknown-key unknown block keyword 'rescu'; did you mean 'rescue'?"),
                check(play("    - block:\n        - ping:\n      rescu:\n        - ping:\n")));
        assertEquals(List.of("6:9 unknown-key unknown loop_control keyword 'lable'; did you mean 'label'?"),
                check(play("    - debug: var=item\n      loop: [1]\n      loop_control:\n        lable: x\n")));
        String sudo = "- hosts: all\n  sudo: yes\n  tasks: []\n";
        assertEquals(List.of("2:3 unknown-key 'sudo' was removed from Ansible: use 'become'"), check(sudo));
        assertEquals(List.of(), check(fixed(sudo, "unknown-key")));
    }

    @Test
    void moduleArgumentsAtTheTaskLevel() {
        String text = play("    - name: Install\n      apt:\n      name: nginx\n      state: present\n");
        assertEquals(List.of("5:7 unknown-key 'name' is an argument of 'apt', not a task keyword: indent it under 'apt:'",
                "6:7 unknown-key 'state' is an argument of 'apt', not a task keyword: indent it under 'apt:'"), check(text));
        // each fix moves its own line; with both applied the task is clean
        List<Diagnostic> d = PlaybookTesting.PLAYBOOK.check(text);
        List<dev.dslfix.lang.TextEdit> edits = new java.util.ArrayList<>();
        d.forEach(x -> edits.addAll(x.fixes().get(0).edits()));
        assertEquals(List.of(), check(dev.dslfix.lang.Fix.apply(text, edits)));
    }

    /** The replacement texts the diagnostic with this code offers. */
    private static List<String> offered(String text, String code) {
        return PlaybookTesting.PLAYBOOK.check(text).stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow()
                .fixes().stream().map(f -> f.edits().get(0).newText()).toList();
    }

    @Test
    void inventedNamesAreOfferedWhatIsMissing() {
        // Nothing resembles 'version': the argument the module still requires comes first.
        assertEquals("dest", offered(play("    - name: Unpack\n      ansible.builtin.unarchive:\n        src: a.tgz\n        version: /opt\n"),
                "unknown-argument").get(0));
        // A task whose 'name' was renamed to something unrelated: 'name' is offered.
        assertEquals(List.of("name"), offered(play("    - domain: Ping it\n      ansible.builtin.ping:\n"), "unknown-key"));
        // With a name already there, no guess.
        assertEquals(List.of(), offered(play("    - name: Ping it\n      domain: x\n      ansible.builtin.ping:\n"), "unknown-key"));
        // A look-alike still wins alone.
        assertEquals(List.of("state"), offered(play("    - name: F\n      ansible.builtin.file:\n        path: /x\n        stat: touch\n"),
                "unknown-argument"));
    }

    @Test
    void wrongTypedValuesAreOfferedWhatTheyWereMeantToBe() {
        // a boolean typo, a suffix glued on, a number in words: each fix leaves a clean playbook
        String bool = play("    - name: S\n      ansible.builtin.service:\n        name: nginx\n        enabled: ture\n");
        assertEquals(List.of("true"), offered(bool, "type-mismatch"));
        assertEquals(List.of(), check(fixed(bool, "type-mismatch")));
        assertEquals(List.of("yes"), offered(play("    - name: U\n      ansible.builtin.user:\n        name: u\n        append: ys\n"), "type-mismatch"));
        assertEquals(List.of("true"), offered(play("    - name: U\n      ansible.builtin.user:\n        name: u\n        system: true_id\n"), "type-mismatch"));
        String words = play("    - name: R\n      ansible.builtin.command: echo\n      register: r\n      retries: \"five\"\n      until: r is success\n");
        assertEquals(List.of("5"), offered(words, "type-mismatch"));
        assertEquals(List.of(), check(fixed(words, "type-mismatch")));
        // a word that is no slip of a boolean gets no guess: true and false mean opposite things
        assertEquals(List.of(), offered(play("    - name: S\n      ansible.builtin.service:\n        name: nginx\n        enabled: maybe\n"), "type-mismatch"));
        // 'ttue' in a condition is no variable: Jinja's true is offered
        String cond = play("    - name: C\n      ansible.builtin.command: echo\n      changed_when: ttue\n");
        assertEquals(List.of("true"), offered(cond, "undefined-variable"));
    }

    @Test
    void aLoopOverANonListIsOfferedTheListVariables() {
        String text = play("    ports: [80, 443]\n    name: web\n",
                "    - name: Open\n      ansible.builtin.command: echo {{ item }}\n      loop: 42\n");
        assertEquals(List.of("\"{{ ports }}\""), offered(text, "type-mismatch"));
        assertEquals(List.of(), check(fixed(text, "type-mismatch")));
    }

    @Test
    void anInventedPlayKeywordIsOfferedTheMissingKeywordOfItsShape() {
        // 'steps' holds tasks and the play has none: 'tasks'
        assertEquals("tasks", offered("- hosts: all\n  steps:\n    - name: P\n      ansible.builtin.ping:\n", "unknown-key").get(0));
        // 'env' holds a mapping: 'vars' first
        assertEquals(List.of("vars", "environment"),
                offered("- hosts: all\n  env:\n    home: /root\n  tasks:\n    - ansible.builtin.ping:\n", "unknown-key"));
        // 'title' holds a string and the play has no name
        assertEquals(List.of("name"), offered("- title: Web\n  hosts: all\n  tasks:\n    - ansible.builtin.ping:\n", "unknown-key"));
        // look-alikes still win; at equal distance ("taks": tags, tasks) the one of the value's shape comes first
        assertEquals(List.of("tasks", "tags"), offered("- hosts: all\n  taks:\n    - ansible.builtin.ping:\n", "unknown-key"));
        assertEquals(List.of("tags", "tasks"), offered("- hosts: all\n  taks: web\n  tasks:\n    - ansible.builtin.ping:\n", "unknown-key"));
    }

    @Test
    void aTaskCutShortAtTheEndOfTheFileCanBeDropped() {
        String text = play("    - name: A\n      ansible.builtin.ping:\n    - name: B\n      ansible.builtin.file:\n");
        assertEquals(List.of(), check(fixed(text, "missing-argument")));
        assertEquals(play("    - name: A\n      ansible.builtin.ping:\n"), fixed(text, "missing-argument"));
        String noModule = play("    - name: A\n      ansible.builtin.ping:\n    - name: Renew\n");
        assertEquals(List.of(), check(fixed(noModule, "missing-module")));
        // not at the end of the file: nothing to drop
        assertEquals(List.of(), only(play("    - name: B\n      ansible.builtin.file:\n    - name: A\n      ansible.builtin.ping:\n"),
                "missing-argument").fixes());
    }

    @Test
    void anyErrorInATaskCutMidLineCanDropThatTask() {
        String cut = play("    - name: A\n      ansible.builtin.ping:\n    - name: B\n      ansible.builtin.copy:\n        dest: /x\n        mode:");
        assertEquals(play("    - name: A\n      ansible.builtin.ping:\n"), fixed(cut, "missing-argument"));
        // the same task ending with a newline is an ordinary error: nothing is dropped
        assertEquals(List.of(), only(cut + "\n", "missing-argument").fixes());
    }

    @Test
    void aNotifyOfAMissingHandlerCanBeDropped() {
        String text = play("    - name: A\n      ansible.builtin.ping:\n      notify: restart web\n");
        assertEquals(List.of(), check(fixed(text, "unknown-handler")));
        assertEquals(play("    - name: A\n      ansible.builtin.ping:\n"), fixed(text, "unknown-handler"));
    }

    @Test
    void aColonBeforeItsKeyIsMovedAfterIt() {
        // as a task's only line, in the middle of a mapping, and at the end of one
        String task = play("    - :name Ping\n      ansible.builtin.ping:\n");
        assertEquals(play("    - name: Ping\n      ansible.builtin.ping:\n"), fixed(task, "type-mismatch"));
        assertEquals(List.of(), check(fixed(task, "type-mismatch")));
        String middle = play("    - name: C\n      ansible.builtin.copy:\n        :dest /etc/x\n        content: y\n");
        assertEquals(List.of(), check(PlaybookTesting.PLAYBOOK.check(middle).get(0).fixes().get(0).applyTo(middle)));
        String last = play("    - name: C\n      ansible.builtin.copy:\n        content: y\n        :dest /etc/x\n");
        assertEquals(List.of(), check(PlaybookTesting.PLAYBOOK.check(last).get(0).fixes().get(0).applyTo(last)));
    }

    @Test
    void aLastLineCutShortCanBeCompletedOrDropped() {
        String text = play("    - name: A\n      ansible.builtin.ping:\n    - name: B\n      ansible.builtin.copy\n");
        List<String> repairs = PlaybookTesting.PLAYBOOK.check(text).get(0).fixes().stream().map(f -> f.applyTo(text)).toList();
        assertEquals(List.of(play("    - name: A\n      ansible.builtin.ping:\n    - name: B\n      ansible.builtin.copy:\n"),
                play("    - name: A\n      ansible.builtin.ping:\n    - name: B\n"),
                play("    - name: A\n      ansible.builtin.ping:\n")), repairs);
        // a module's argument cut short, with no final newline: the whole task can go too
        String argument = play("    - name: A\n      ansible.builtin.ping:\n    - name: B\n      ansible.posix.seboolean:\n        name: x\n        state");
        assertEquals(play("    - name: A\n      ansible.builtin.ping:\n"), PlaybookTesting.PLAYBOOK.check(argument).get(0).fixes().get(2).applyTo(argument));
    }

    @Test
    void flowCollectionsMissingACommaOrABrace() {
        String seq = "- hosts: all\n  vars:\n    releases: ['22.04' '24.04']\n  tasks:\n    - ansible.builtin.ping:\n";
        assertEquals(List.of(), check(PlaybookTesting.PLAYBOOK.check(seq).get(0).fixes().get(0).applyTo(seq)));
        String map = "- hosts: all\n  vars:\n    sysctl:\n      - { name: vm.swappiness value: 1 }\n  tasks:\n    - ansible.builtin.ping:\n";
        assertEquals(map.replace("swappiness value", "swappiness, value"), PlaybookTesting.PLAYBOOK.check(map).get(0).fixes().get(0).applyTo(map));
        String brace = "- hosts: all\n  vars:\n    sysctl:\n      - name: vm.swappiness, value: 1 }\n  tasks:\n    - ansible.builtin.ping:\n";
        assertEquals(brace.replace("- name", "- { name"), PlaybookTesting.PLAYBOOK.check(brace).get(0).fixes().get(0).applyTo(brace));
    }

    @Test
    void aListItemsDashAtTheEndOfItsLineMovesBack() {
        String text = "- hosts: all\n  vars:\n    domains:\n      - example.com\n      api.example.com -\n  tasks:\n    - ansible.builtin.ping:\n";
        assertEquals(text.replace("api.example.com -", "- api.example.com"), PlaybookTesting.PLAYBOOK.check(text).get(0).fixes().get(0).applyTo(text));
    }

    @Test
    void otherToolsKeywordsAreOfferedTheirAnsibleNames() {
        String text = play("    - name: C\n      ansible.builtin.command: echo {{ item }}\n      if: 1 > 0\n      for: [a, b]\n");
        assertEquals(List.of("4:40 undefined-variable 'item' is only defined in a task with 'loop' or 'with_*'",
                "5:7 unknown-key unknown task keyword 'if'; in Ansible this is 'when'",
                "6:7 unknown-key unknown task keyword 'for'; in Ansible this is 'loop'"), check(text));
        // a value that names a handler of the play: 'notify', whatever the key was called
        String handler = "- hosts: all\n  tasks:\n    - name: C\n      ansible.builtin.command: echo\n      then: restart web\n"
                + "  handlers:\n    - name: restart web\n      ansible.builtin.ping:\n";
        assertEquals(List.of("notify", "when"), offered(handler, "unknown-key"));
        assertEquals(List.of(), check(fixed(handler, "unknown-key")));
        assertEquals(List.of("tasks", "handlers", "pre_tasks"), offered("- hosts: all\n  steps:\n    - ansible.builtin.ping:\n", "unknown-key"));
        // a number where on/off is wanted
        assertEquals(List.of("on"), offered(play("    - name: U\n      community.general.ufw:\n        logging: 1\n"), "invalid-choice"));
    }

    @Test
    void aModuleArgumentWithItsColonMisplacedUnderTheModule() {
        String text = play("    - name: F\n      ansible.builtin.fail:\n        :msg \"too little\"\n");
        assertEquals(play("    - name: F\n      ansible.builtin.fail:\n        msg: \"too little\"\n"), fixed(text, "type-mismatch"));
    }

    @Test
    void anArgumentWithAWordGluedOnIsOfferedFirst() {
        assertEquals("state", offered(play("    - name: F\n      ansible.builtin.file:\n        path: /x\n        state_id: touch\n"),
                "unknown-argument").get(0));
    }

    @Test
    void aValueThatSlippedToTheNextLineIsMovedBack() {
        String text = "- name:\nWeb servers  hosts: all\n  tasks:\n    - ansible.builtin.ping:\n";
        String repaired = PlaybookTesting.PLAYBOOK.check(text).get(0).fixes().get(0).applyTo(text);
        assertEquals("- name: Web servers\n  hosts: all\n  tasks:\n    - ansible.builtin.ping:\n", repaired);
    }

    @Test
    void duplicateKeysAreWarnings() {
        List<Diagnostic> d = PlaybookTesting.PLAYBOOK.check(play("    - name: a\n      name: b\n      ping:\n"));
        assertEquals(1, d.size(), d.toString());
        assertEquals("duplicate-key", d.get(0).code());
        assertEquals(Severity.WARNING, d.get(0).severity());
        assertEquals(List.of(), check("- hosts: all\n  vars:\n    base: &b {x: 1}\n    other:\n      <<: *b\n      y: 2\n  tasks: []\n"));
    }

    // ------------------------------------------------------------------ variables

    @Test
    void undefinedVariableWithSuggestion() {
        String text = play("    packages: [git]\n", "    - apt:\n        name: \"{{ pakages }}\"\n");
        assertEquals(List.of("6:19 undefined-variable undefined variable 'pakages': no vars, register, set_fact or loop in this playbook"
                + " defines it; did you mean 'packages'?"), check(text));
        assertEquals(List.of(), check(fixed(text, "undefined-variable")));
        assertEquals(List.of("3:21 undefined-variable undefined variable 'nowhere': no vars, register, set_fact or loop in this playbook"
                + " defines it"), check(play("    - debug: msg={{ nowhere }}\n")));
    }

    @Test
    void definedVariablesAreNotReported() {
        assertEquals(List.of(), check("""
                - hosts: all
                  vars:
                    port: 80
                    url: "http://{{ inventory_hostname }}:{{ port }}"
                  vars_prompt:
                    - name: token
                      prompt: Token
                  tasks:
                    - command: whoami
                      register: me
                    - set_fact:
                        greeting: "hi {{ me.stdout }}"
                    - set_fact: other=1 third={{ greeting }}
                    - debug: msg="{{ greeting }} {{ other }} {{ third }} {{ token }} {{ url }} {{ ansible_hostname }}"
                    - debug:
                        msg: "{{ hostvars[inventory_hostname]['ansible_host'] }} {{ groups['all'] | length }} {{ lookup('env', 'HOME') }}"
                    - debug: msg="{{ item.name }} {{ idx }}"
                      loop: "{{ query('dict', {'a': 1}) }}"
                      loop_control:
                        index_var: idx
                    - debug: msg="{{ pkg }}"
                      loop: [a, b]
                      loop_control:
                        loop_var: pkg
                    - debug: msg="{{ item }}"
                      with_items: [1, 2]
                    - debug: msg="{{ local }}"
                      vars:
                        local: 1
                    - block:
                        - debug: msg="{{ in_block }}"
                      vars:
                        in_block: 1
                    - debug:
                        msg: "{% for h in groups['all'] %}{{ h }} {{ loop.index }}{% endfor %}{% set z = 1 %}{{ z }}"
                    - debug: msg="{{ maybe | default('none') }} {{ (other_maybe | d(1)) + 1 }}"
                    - debug: msg="{{ guarded }}"
                      when: guarded is defined
                    - debug: msg="{{ 'x' if flag is not defined else flag }}"
                    - debug: msg="{{ now(utc=true) }} {{ range(3) | list }} {{ 'a' | regex_replace('a', 'b') }}"
                """));
        // include_vars with a name defines that name (and makes the play take variables from a file)
        assertEquals(List.of(), check(play("    - include_vars:\n        file: extra.yml\n        name: extra\n    - debug: var=extra.value\n")));
    }

    @Test
    void conditionsAreExpressions() {
        assertEquals(List.of("6:13 undefined-variable undefined variable 'enabld': no vars, register, set_fact or loop in this playbook"
                + " defines it; did you mean 'enabled'?"),
                check(play("    enabled: true\n", "    - ping:\n      when: enabld and ansible_os_family == 'Debian'\n")));
        assertEquals(List.of("6:13 undefined-variable undefined variable 'reslt': no vars, register, set_fact or loop in this playbook"
                + " defines it; did you mean 'result'?"),
                check(play("    - command: id\n      register: result\n    - ping:\n      when: reslt.rc == 0\n")));
        assertEquals(List.of(), check(play("    - command: id\n      register: r\n      changed_when: r.rc != 0\n      failed_when:\n"
                + "        - r.rc > 1\n        - \"'error' in r.stdout\"\n      until: r is succeeded\n")));
        // assert's that and debug's var are expressions too
        assertEquals(List.of("undefined-variable", "undefined-variable"),
                codes(play("    - assert:\n        that: missing_a > 1\n    - debug:\n        var: missing_b\n")));
    }

    @Test
    void jinjaInConditionsIsAWarningWithAFix() {
        String text = play("    flag: true\n", "    - ping:\n      when: \"{{ flag }}\"\n");
        Diagnostic d = only(text, "jinja-in-condition");
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(List.of(), check(fixed(text, "jinja-in-condition")));
    }

    @Test
    void itemOutsideALoop() {
        assertEquals(List.of("3:21 undefined-variable 'item' is only defined in a task with 'loop' or 'with_*'"),
                check(play("    - debug: msg={{ item }}\n")));
    }

    @Test
    void playsWithOutsideVariablesOnlyReportTypos() {
        String base = "- hosts: all\n  vars_files: [vars.yml]\n  vars:\n    packages: [a]\n  tasks:\n";
        assertEquals(List.of(), check(base + "    - debug: msg={{ from_vars_file }}\n"));
        List<Diagnostic> d = PlaybookTesting.PLAYBOOK.check(base + "    - debug: msg={{ pakages }}\n");
        assertEquals(1, d.size());
        assertEquals(Severity.WARNING, d.get(0).severity());
        assertEquals("undefined-variable", d.get(0).code());
        // roles and included files also bring variables
        assertEquals(List.of(), check("- hosts: all\n  roles: [web]\n  tasks:\n    - debug: msg={{ role_var }}\n"));
        assertEquals(List.of(), check(play("    - include_role: {name: web}\n    - debug: msg={{ role_var }}\n")));
    }

    @Test
    void variablesFromTheSettings() {
        String text = play("    - debug: msg={{ inventory_only }}\n");
        assertEquals(List.of("undefined-variable"), codes(text));
        PlaybookLanguage configured = new PlaybookLanguage(new PlaybookSettings(List.of(), Set.of(), Set.of("inventory_only")));
        assertEquals(List.of(), configured.check(text));
    }

    // ------------------------------------------------------------------ handlers

    @Test
    void unknownHandlers() {
        String handlers = "  handlers:\n    - name: restart nginx\n      service: name=nginx state=restarted\n"
                + "    - name: reload things\n      listen: config changed\n      ping:\n";
        String text = play("    - ping:\n      notify: restart ngnix\n") + handlers;
        assertEquals(List.of("4:15 unknown-handler no handler named 'restart ngnix' in this play; did you mean 'restart nginx'?"), check(text));
        assertEquals(List.of(), check(fixed(text, "unknown-handler")));
        // handler names are case sensitive
        assertTrue(check(play("    - ping:\n      notify: Restart Nginx\n") + handlers).get(0).contains("did you mean 'restart nginx'?"));
        // listen topics and lists
        assertEquals(List.of(), check(play("    - ping:\n      notify: [config changed, restart nginx]\n") + handlers));
        assertEquals(List.of("4:15 unknown-handler no handler named 'other' in this play; handlers: 'restart nginx', 'reload things',"
                + " 'config changed'"), check(play("    - ping:\n      notify: other\n") + handlers));
        // roles may define handlers
        assertEquals(List.of(), check("- hosts: all\n  roles: [web]\n  tasks:\n    - ping:\n      notify: restart web\n"));
    }

    // ------------------------------------------------------------------ syntax errors

    @Test
    void playsWithParserErrorsAreNotChecked() {
        String text = "- hosts: all\n  tasks:\n    - shel: x\n      copy\n- hosts: all\n  tasks:\n    - shel: y\n";
        assertEquals(List.of("4:7 syntax 'copy' is not a 'key: value' entry: add ':' after the key, or start a list item with '- '",
                "7:7 unknown-module unknown module 'shel': it is neither an Ansible module nor a task keyword; did you mean 'shell'?"), check(text));
    }

    @Test
    void theCatalogueHasTheCommonModules() {
        ModuleCatalog catalog = ModuleCatalog.get();
        assertTrue(catalog.specCount() >= 25, "modules with arguments: " + catalog.specCount());
        for (String m : List.of("apt", "yum", "dnf", "package", "service", "systemd", "copy", "template", "file", "lineinfile",
                "blockinfile", "user", "group", "command", "shell", "git", "get_url", "unarchive", "cron", "debug", "set_fact",
                "include_tasks", "import_tasks", "uri", "pip", "docker_container", "wait_for", "stat", "fail", "assert")) {
            ModuleCatalog.Module module = catalog.resolve(m);
            assertTrue(module != null && module.spec() != null, m);
            assertTrue(catalog.resolve(module.collection() + "." + m) != null, module.collection() + "." + m);
        }
        assertEquals(ModuleCatalog.ArgType.BOOL, catalog.resolve("apt").spec().byName.get("update-cache").type());
        assertTrue(catalog.resolve("file").spec().byName.containsKey("mode"));
    }
}
