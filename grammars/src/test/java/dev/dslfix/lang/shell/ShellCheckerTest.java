package dev.dslfix.lang.shell;

import static dev.dslfix.lang.shell.ShellTesting.SHELL;
import static dev.dslfix.lang.shell.ShellTesting.check;
import static dev.dslfix.lang.shell.ShellTesting.codes;
import static dev.dslfix.lang.shell.ShellTesting.fixed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Severity;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule code fires where a script would fail, with a clear message and fix, and stays silent elsewhere. */
class ShellCheckerTest {

    @Nested
    class MisspelledKeyword {
        @Test
        void aBareCommandOneSlipFromAClosingKeywordIsThatKeyword() {
            String text = "for f in a b; do\n  echo \"$f\"\ndnoe\n";
            assertEquals(List.of("3:1 misspelled-keyword 'dnoe' is no command: did you mean 'done'?",
                    "3:5 unclosed-block 'for' at line 1 is never closed: add 'done', or write 'done' for 'dnoe' at line 3"), check(text));
            Diagnostic unclosed = SHELL.check(text).get(1);
            assertEquals("for f in a b; do\n  echo \"$f\"\ndone\n", unclosed.fixes().get(0).applyTo(text), "respelling comes first");
            assertEquals(2, unclosed.fixes().size(), "adding the closer stays offered");
            // Closed after all, the typo is still a command bash cannot find.
            assertEquals(List.of("3:1 misspelled-keyword 'dnoe' is no command: did you mean 'done'?"), check(text + "done\n"));
            assertEquals(List.of(), check(fixed(text + "done\n").replace("done\ndone", "done")));
        }

        @Test
        void aMissingThenThatWasMistyped() {
            String text = "if true; thne\n  echo yes\nfi\n";
            Diagnostic d = SHELL.check(text).get(0);
            assertEquals("if true; then\n  echo yes\nfi\n", d.fixes().get(0).applyTo(text));
        }

        @Test
        void aLoopOrCaseOpenerThatWasMistyped() {
            Diagnostic d = SHELL.check("whle read -r x; do\n  echo \"$x\"\ndone\n").get(0);
            assertEquals("'do' has no matching 'for', 'while' or 'until'", d.message());
            assertEquals("while read -r x; do\n  echo \"$x\"\ndone\n", d.fixes().get(0).applyTo("whle read -r x; do\n  echo \"$x\"\ndone\n"));
        }

        @Test
        void anOpenerThatSlippedOneWordIntoItsCommandMovesBack() {
            String test = "[[ if $# -eq 0 ]]; then\n  usage\nfi\n";
            Diagnostic d = SHELL.check(test).get(0);
            assertEquals("'then' has no matching 'if'", d.message());
            assertEquals(List.of("move 'if' before '[[' at line 1"), d.fixes().stream().map(dev.dslfix.lang.Fix::title).toList());
            assertEquals("if [[ $# -eq 0 ]]; then\n  usage\nfi\n", d.fixes().get(0).applyTo(test));
            // After a case pattern, and for a loop: the word before is the command's first.
            String remote = "case $1 in\n  status) ssh if \"$node\" true; then echo on; fi ;;\nesac\n";
            assertEquals("case $1 in\n  status) if ssh \"$node\" true; then echo on; fi ;;\nesac\n",
                    SHELL.check(remote).get(0).fixes().get(0).applyTo(remote));
            String loop = "type for in feat fix; do\n  echo \"$type\"\ndone\n";
            assertEquals("for type in feat fix; do\n  echo \"$type\"\ndone\n", SHELL.check(loop).get(0).fixes().get(0).applyTo(loop));
        }

        @Test
        void anOpenerFurtherIntoItsCommandIsNotMoved() {
            // 'if' two words into the command: moving it would not give the author's line.
            String text = "echo a if b; then\n  c\nfi\n";
            assertEquals(List.of(), SHELL.check(text).get(0).fixes());
        }

        @Test
        void aMistypedLoopOpenerInsideAnotherLoop() {
            String text = "for f in a b; do\n  whike read -r x; do\n    echo \"$x\"\n  done < \"$f\"\ndone\n";
            Diagnostic d = SHELL.check(text).get(0);
            assertEquals("for f in a b; do\n  while read -r x; do\n    echo \"$x\"\n  done < \"$f\"\ndone\n", d.fixes().get(0).applyTo(text));
        }

        @Test
        void functionsProgramsAndCommandsWithArgumentsAreLeftAlone() {
            assertEquals(List.of(), check("dune() { :; }\nif true; then\n  dune\nfi\n"), "a function of the script");
            assertEquals(List.of(), check("if true; then\n  dune build\nfi\n"), "arguments: a real program, not a keyword");
            assertEquals(List.of(), check("echo a\ntee\n"), "a known program");
        }
    }

    @Nested
    class Syntax {
        @Test
        void closingWordWithoutItsOpener() {
            assertEquals(List.of("3:1 syntax 'fi' has no matching 'if'"), check("echo a\necho b\nfi\n"));
            assertEquals(List.of("1:9 syntax 'done' has no matching 'do': no loop is open here"), check("echo a; done\n"));
            assertEquals(List.of("1:9 syntax ')' has no matching '('"), check("echo a; )\n"));
            assertEquals(List.of("1:1 syntax '}' has no matching '{'"), check("}\n"));
        }

        @Test
        void aFunctionDefinitionThatLostItsOpenParenOrBrace() {
            String paren = "trim) {\n  echo \"$1\"\n}\ntrim x\n";
            Diagnostic d = SHELL.check(paren).get(0);
            assertEquals("')' has no matching '('", d.message());
            assertEquals("trim() {\n  echo \"$1\"\n}\ntrim x\n", d.fixes().get(0).applyTo(paren));
            String brace = "wait_for_db()\n  tries=0\n  sleep 1\n}\nwait_for_db\n";
            d = SHELL.check(brace).get(0);
            assertEquals("wait_for_db() {\n  tries=0\n  sleep 1\n}\nwait_for_db\n", d.fixes().get(0).applyTo(brace));
            // A ')' after an argument, not a function name: no such fix.
            assertEquals(List.of(), SHELL.check("echo a) {\n  b\n}\n").get(0).fixes());
        }

        @Test
        void aCaseWhoseEsacIsMissingBeforeTheNextCommand() {
            String text = "case $1 in\n  a)\n    echo a\n    ;;\n\nif ! grep -q x f; then\n  echo no\nfi\n";
            Diagnostic d = SHELL.check(text).get(0);
            String fixed = d.fixes().get(0).applyTo(text);
            assertEquals("case $1 in\n  a)\n    echo a\n    ;;\nesac\n\nif ! grep -q x f; then\n  echo no\nfi\n", fixed);
            assertEquals(List.of(), check(fixed));
            // An indented line after ';;' is the next pattern, missing its ')': no 'esac' there.
            String pattern = "case $1 in\n  a)\n    echo a\n    ;;\n  b c\n    echo b\n    ;;\nesac\n";
            assertTrue(SHELL.check(pattern).stream().flatMap(x -> x.fixes().stream()).noneMatch(f -> f.title().contains("esac")));
        }

        @Test
        void aOneLineGroupWithoutItsBraceIsClosedOnItsLine() {
            String text = "[[ -f x ]] || { echo missing; exit 1;\n\necho ok\n";
            Diagnostic d = SHELL.check(text).get(0);
            assertEquals("add ' }' at the end of line 1", d.fixes().get(0).title());
            assertEquals(List.of(), check(d.fixes().get(0).applyTo(text)));
            // A group that starts its own line is a block: no one-line fix.
            assertTrue(SHELL.check("{\n  echo a;\n").get(0).fixes().stream().noneMatch(f -> f.title().contains("end of line")));
        }

        @Test
        void aOneLineGroupThatLostItsOpenerGetsItAfterTheLastListOperator() {
            String text = "[[ -f x ]] || echo missing; exit 1; }\necho ok\n";
            Diagnostic d = SHELL.check(text).get(0);
            assertEquals("'}' has no matching '{'", d.message());
            assertEquals("[[ -f x ]] || { echo missing; exit 1; }\necho ok\n", d.fixes().get(0).applyTo(text));
            // No list operator on the line: nowhere to tell where the group began.
            assertEquals(List.of(), SHELL.check("echo missing; exit 1; }\n").get(0).fixes());
        }

        @Test
        void aDoubledGroupCloserIsOneBrace() {
            String text = "[[ -f x ]] || { echo missing; exit 1; }}\necho ok\n";
            Diagnostic d = SHELL.check(text).get(0);
            assertEquals("replace '}}' with '}' at line 1", d.fixes().get(0).title());
            assertEquals(List.of(), check(d.fixes().get(0).applyTo(text)));
        }

        @Test
        void anotherLanguagesEndInANestedLoopIsItsDone() {
            // The inner loop's "end" closes nothing, so the outer 'done' closes the inner loop.
            String text = "for f in a b; do\n  while busy; do\n    sleep 1\n  end\n  echo \"$f\"\ndone\n";
            Diagnostic d = SHELL.check(text).get(0);
            assertEquals("replace 'end' with 'done' at line 4", d.fixes().get(0).title());
            assertEquals(List.of(), check(d.fixes().get(0).applyTo(text)));
        }

        @Test
        void aBraceOnItsOwnLineClosingALoopIsDone() {
            String text = "for f in a b; do\n  echo \"$f\"\n}\necho ok\n";
            Diagnostic d = SHELL.check(text).get(0);
            assertEquals("'}' has no matching '{'", d.message());
            assertEquals("for f in a b; do\n  echo \"$f\"\ndone\necho ok\n", d.fixes().get(0).applyTo(text));
            String inIf = "if true; then\n  echo a\n}\n";
            assertEquals("if true; then\n  echo a\nfi\n", SHELL.check(inIf).get(0).fixes().get(0).applyTo(inIf));
        }

        @Test
        void anArrayThatLostItsParenEndsWhereItsIndentedElementsEnd() {
            String text = "declare -A t=(\n    [a]=\"A\"\n    [b]=\"B\"\n\nfor k in a b; do\n  echo \"${t[$k]}\"\ndone\n";
            Diagnostic d = SHELL.check(text).get(0);
            assertEquals("declare -A t=(\n    [a]=\"A\"\n    [b]=\"B\"\n)\n\nfor k in a b; do\n  echo \"${t[$k]}\"\ndone\n",
                    d.fixes().get(0).applyTo(text));
        }

        @Test
        void aHereDocumentWhoseDelimiterWasMisnamedIsRenamedToTheLineThatEndsIt() {
            String text = "cat > f <<'MAIN'\nhello\nEOF\necho done\n";
            Diagnostic d = SHELL.check(text).get(0);
            assertEquals("rename the delimiter 'MAIN' to 'EOF' (line 3)", d.fixes().get(0).title());
            assertEquals("cat > f <<'EOF'\nhello\nEOF\necho done\n", d.fixes().get(0).applyTo(text));
        }

        @Test
        void aRedirectedGroupThatLostItsBraceGetsItBeforeTheRedirection() {
            String text = "{\n  while read -r x; do\n    echo \"$x\"\n  done\n < in.txt > out.txt\necho ok\n";
            Diagnostic d = SHELL.check(text).get(0);
            assertEquals("add '}' at the start of line 5", d.fixes().get(0).title());
            assertEquals(List.of(), check(d.fixes().get(0).applyTo(text)));
        }

        @Test
        void elifAfterElse() {
            assertEquals(List.of("5:1 syntax 'elif' cannot follow 'else' (the 'else' at line 3): move this branch before the 'else'"),
                    check("if a; then\n  b\nelse\n  c\nelif d; then\n  e\nfi\n"));
        }

        @Test
        void caseItemWithoutDoubleSemicolon() {
            String text = "case $1 in\n  start)\n    run\n  stop|halt)\n    halt_it\n    ;;\nesac\n";
            assertEquals(List.of("4:3 syntax missing ';;' before the pattern 'stop|halt)' at line 4: end the case item before it with ';;'"),
                    check(text));
            assertEquals(List.of(), check(fixed(text)));
        }

        @Test
        void emptyBranch() {
            String text = "if cmp -s a b; then\nelse\n  echo differ\nfi\n";
            assertEquals(List.of("2:1 syntax nothing between 'then' (line 1) and 'else': bash needs at least one command there;"
                    + " write ':' if nothing should happen"), check(text));
            assertEquals(List.of(), check(fixed(text)));
            assertEquals(List.of(), check(fixed("noop() {\n}\n")));
        }

        @Test
        void markdownFencesAreReportedWithAFix() {
            String text = "```bash\necho hi\n```\n";
            assertEquals(List.of("1:1 syntax markdown code fence: this line is not shell; remove it",
                    "3:1 syntax markdown code fence: this line is not shell; remove it"), check(text));
            String once = SHELL.check(text).get(0).fixes().get(0).applyTo(text);
            assertEquals("echo hi\n```\n", once);
        }

        @Test
        void otherErrorsKeepTheParserMessage() {
            assertEquals(List.of("1:14 syntax unexpected ';'; expected a command or a newline"), check("if true; then; echo x; fi\n"));
            assertEquals(List.of("1:6 syntax unexpected ';'; expected a command or a newline"), check("a && ; b\n"));
        }

        @Test
        void oneReportPerBrokenCommand() {
            // Recovery trips again on the same if; only the first error is news.
            assertEquals(1, check("if a; then\n  b\nelse\n  c\nelif d; then\n  e\nfi\n").size());
        }
    }

    @Nested
    class UnclosedBlock {
        @Test
        void ifWithoutFiAtTheEnd() {
            String text = "if [ -f x ]; then\n  echo found\n";
            assertEquals(List.of("2:13 unclosed-block 'if' at line 1 is never closed: add 'fi'"), check(text));
            assertEquals("if [ -f x ]; then\n  echo found\nfi\n", fixed(text));
        }

        @Test
        void theFixGoesWhereTheIndentationEnds() {
            String text = "for f in *.log; do\n  if [ -s \"$f\" ]; then\n    gzip \"$f\"\n  echo \"$f\"\ndone\n";
            assertEquals(List.of("5:1 unclosed-block 'if' at line 2 is never closed: add 'fi' before 'done'"), check(text));
            assertEquals("for f in *.log; do\n  if [ -s \"$f\" ]; then\n    gzip \"$f\"\n  fi\n  echo \"$f\"\ndone\n", fixed(text));
        }

        @Test
        void closingWordReadAsAnArgument() {
            String text = "die() { echo \"$*\" >&2; exit 1 }\ndie oops\n";
            assertEquals(List.of("1:31 unclosed-block the body of function 'die' (line 1) is never closed: the '}' at line 1"
                    + " is read as an argument of 'exit'; put ';' before it"), check(text));
            assertEquals("die() { echo \"$*\" >&2; exit 1; }\ndie oops\n", fixed(text));
            assertEquals(List.of("1:20 unclosed-block 'if' at line 1 is never closed: the 'fi' at line 1 is read as an argument of 'echo';"
                    + " put ';' before it"), check("if x; then echo hi fi\n"));
        }

        @Test
        void elseIfInsteadOfElif() {
            String text = "if a; then\n  b\nelse if c; then\n  d\nfi\n";
            List<Diagnostic> d = SHELL.check(text);
            assertEquals(List.of("5:3 unclosed-block 'if' at line 1 is never closed: add 'fi', or write 'elif' instead of 'else if' at line 3"),
                    check(text));
            assertEquals("if a; then\n  b\nelif c; then\n  d\nfi\n", d.get(0).fixes().get(0).applyTo(text));
            assertEquals(List.of(), check(d.get(0).fixes().get(1).applyTo(text)));
        }

        @Test
        void everyKindOfBlock() {
            assertEquals(List.of("unclosed-block"), codes("while true; do\n  sleep 1\n"));
            assertEquals(List.of("unclosed-block"), codes("case $1 in\n  a) echo a;;\n"));
            assertEquals(List.of("unclosed-block"), codes("{ echo a\n  echo b\n"));
            assertEquals(List.of("unclosed-block"), codes("(cd /tmp\n  ls\n"));
            assertEquals(List.of("unclosed-block"), codes("until false; do\n  if x; then y; fi\n"));
            assertEquals(List.of("2:1 unclosed-block 'while' at line 1 is never closed: add 'done' before '}'"),
                    check("f() { while true; do sleep 1;\n}\n"));
        }

        @Test
        void insideACommandSubstitution() {
            String text = "color=$(if [ \"$a\" = blue ]; then echo green; else echo blue)\necho $color\n";
            assertEquals(List.of("1:60 unclosed-block 'if' at line 1 is never closed: add 'fi'"), check(text));
            assertEquals(List.of(), check(fixed(text)));
        }

        @Test
        void keywordsOfOtherLanguages() {
            String text = "if [ -f x ]; then\n  echo found\nendif\n";
            assertEquals(List.of("3:1 unclosed-block 'if' at line 1 is never closed: 'endif' at line 3 is not a shell keyword; write 'fi'"),
                    check(text));
            assertEquals("if [ -f x ]; then\n  echo found\nfi\n", fixed(text));
            assertEquals("for f in *; do\n  echo $f\ndone\n", fixed("for f in *; do\n  echo $f\nend\n"));
            String elsif = "if a; then\n  b\nelsif c; then\n  d\nfi\n";
            assertEquals(List.of("3:1 syntax 'elsif' at line 3 is not a shell keyword; write 'elif'"), check(elsif));
            assertEquals(List.of(), check(fixed(elsif)));
            // The same replacements are offered to repair search near the error.
            assertEquals(List.of("replace 'endif' with 'fi'"), SHELL.rewritesNear(text, text.length()).stream().map(f -> f.title()).toList());
            assertEquals(List.of(), SHELL.rewritesNear("endif=1\necho endif\n", 20));
        }

        @Test
        void silentForClosedBlocks() {
            assertEquals(List.of(), check("if a; then b; elif c; then d; else e; fi\nwhile x; do y; done\nf() { g; }\n(h)\n"));
        }
    }

    @Nested
    class MissingThenAndDo {
        @Test
        void thenOnTheConditionLineWithoutSemicolon() {
            String text = "if [ -d /srv ] then\n  ls /srv\nfi\n";
            assertEquals(List.of("1:16 missing-then 'then' at line 1 is read as an argument of '[': put ';' before it"), check(text));
            assertEquals("if [ -d /srv ]; then\n  ls /srv\nfi\n", fixed(text));
        }

        @Test
        void thenMissingAltogether() {
            String text = "if grep -q x f\n  echo found\nfi\n";
            assertEquals(List.of("3:1 missing-then 'if' at line 1 has no 'then': add 'then' after the condition ('; then' on the same line)"),
                    check(text));
            assertEquals("if grep -q x f; then\n  echo found\nfi\n", fixed(text));
            assertEquals(List.of("missing-then"), codes("if a; then\n  b\nelif c\n  d\nfi\n"));
            // The loop around it ends first: still the missing 'then' is the news.
            assertEquals(List.of("4:1 missing-then 'if' at line 2 has no 'then': add 'then' after the condition ('; then' on the same line)"),
                    check("for f in *; do\n  if [ -f \"$f\" ]\n    echo \"$f\"\ndone\n"));
        }

        @Test
        void doOnTheLoopLine() {
            String text = "for f in a b c do\n  echo $f\ndone\n";
            assertEquals(List.of("1:16 missing-do 'do' at line 1 is read as one of the words of the 'for' list: put ';' before it"), check(text));
            assertEquals("for f in a b c; do\n  echo $f\ndone\n", fixed(text));
            assertEquals(List.of("1:17 missing-do 'do' at line 1 is read as an argument of 'read': put ';' before it"),
                    check("while read -r l do\n  echo $l\ndone\n"));
        }

        @Test
        void doMissingAltogether() {
            String text = "for f in a b c\n  echo $f\ndone\n";
            assertEquals(List.of("2:3 missing-do 'for' at line 1 has no 'do': add 'do' after the word list ('; do' on the same line)"),
                    check(text));
            assertEquals("for f in a b c; do\n  echo $f\ndone\n", fixed(text));
            assertEquals(List.of("missing-do"), codes("while true\n  sleep 1\ndone\n"));
        }

        @Test
        void silentWhenTheWordsAreArgumentsOnPurpose() {
            assertEquals(List.of(), check("echo then do done\nif [ x ]; then echo then; fi\nfor w in if then do; do echo $w; done\n"));
        }
    }

    @Nested
    class UnclosedTest {
        @Test
        void bracketWithoutClosingBracket() {
            String text = "if [ -f /etc/app.conf; then\n  . /etc/app.conf\nfi\n";
            assertEquals(List.of("1:4 unclosed-test '[' at line 1 is never closed: add ']' as the last argument of the test"), check(text));
            assertEquals("if [ -f /etc/app.conf ]; then\n  . /etc/app.conf\nfi\n", fixed(text));
        }

        @Test
        void closingBracketGluedToTheLastWord() {
            String text = "[ -z \"$NAME\"] && exit 1\n";
            assertEquals(List.of("1:6 unclosed-test '[' at line 1 is never closed: put a space before the ']' in '\"$NAME\"]'"), check(text));
            assertEquals("[ -z \"$NAME\" ] && exit 1\n", fixed(text));
            assertEquals("[[ $a == b ]] && echo y\n", fixed("[[ $a == b]] && echo y\n"));
            assertEquals(List.of("1:10 unclosed-test '[[' at line 1 is never closed: put a space before the ']]' in 'b]]'"),
                    check("[[ $a == b]] && echo y\n"));
        }

        @Test
        void openingBracketGluedToTheFirstWord() {
            assertEquals(List.of("1:4 unclosed-test '[-n' is not a test but a command of that name: put a space after '['"),
                    check("if [-n \"$x\" ]; then :; fi\n"));
            assertEquals("if [ -n \"$x\" ]; then :; fi\n", fixed("if [-n \"$x\" ]; then :; fi\n"));
            assertEquals("[[ -f x ]] && :\n", fixed("[[-f x ]] && :\n"));
        }

        @Test
        void wrongClosingBracket() {
            assertEquals("[ -f x ] && :\n", fixed("[ -f x ]] && :\n"));
            assertEquals(List.of("1:7 unclosed-test '[[' at line 1 is never closed: add ']]' at the end of the test"),
                    check("[[ -f x\necho next\n"));
        }

        @Test
        void wordsAfterTheClosingBracket() {
            // Valid syntax, but '[' fails with "missing ']'" and the condition is false.
            String text = "if [ -d /srv ] then\n  ls\nthen\n  echo x\nfi\n";
            assertEquals(List.of("1:16 unclosed-test '[' at line 1 needs ']' as its last argument, but 'then' follows it:"
                    + " put ';' before 'then'"), check(text));
            assertEquals(List.of("unclosed-test"), codes("[ \"$a\" = b ] extra\n"));
            // An operand after ']': the bracket slipped one word early.
            String slipped = "if [ \"$used\" -ge ] \"$max\"; then\n  alert\nfi\n";
            Diagnostic d = SHELL.check(slipped).get(0);
            assertEquals("if [ \"$used\" -ge \"$max\" ]; then\n  alert\nfi\n", d.fixes().get(0).applyTo(slipped));
            // 'and' is another language's '&&', not an operand: no moved bracket, the connective instead.
            String and = "[ -z \"$x\" ] and continue\n";
            List<dev.dslfix.lang.Fix> fixes = SHELL.check(and).get(0).fixes();
            assertEquals(1, fixes.size(), fixes.toString());
            assertEquals("[ -z \"$x\" ] && continue\n", fixes.get(0).applyTo(and));
            assertEquals("[ -n \"$x\" ] || exit 1\n", SHELL.check("[ -n \"$x\" ] or exit 1\n").get(0).fixes().get(0).applyTo("[ -n \"$x\" ] or exit 1\n"));
            // With the syntax error that 'then' causes, missing-then alone says it.
            assertEquals(List.of("missing-then"), codes("if [ -d /srv ] then\n  ls\nfi\n"));
        }

        @Test
        void silentForClosedTests() {
            assertEquals(List.of(), check("[ -f x ] && [ \"$a\" = \"]\" ]\ntest -d y\n[[ -n $z ]]\necho [ x\nls [abc]*\n"));
        }
    }

    @Nested
    class UnterminatedQuote {
        @Test
        void stringNeverClosed() {
            String text = "echo \"Deploying to $ENV\n";
            assertEquals(List.of("1:6 unterminated-quote unterminated string: the \" opened here is never closed; add '\"'"), check(text));
            assertEquals("echo \"Deploying to $ENV\"\n", fixed(text));
        }

        @Test
        void quotesOutOfStepAreTracedToTheLineThatBrokeThem() {
            String text = "echo \"Starting deploy\nif [ -f \"$CONFIG\" ]; then\n  . \"$CONFIG\"\nfi\necho \"done\"\n";
            assertEquals(List.of("1:6 unterminated-quote unterminated string: the \" opened here is not closed on line 1;"
                    + " bash reads on to the \" at line 2, and the quotes after it are out of step"), check(text));
            assertEquals(List.of(), check(fixed(text)));
        }

        @Test
        void apostropheInSingleQuotes() {
            String text = "echo 'Backup isn't mounted, skipping' >&2\n";
            assertEquals(List.of("1:17 unterminated-quote unterminated string: the apostrophe in 'isn't' ends the single-quoted string"
                    + " that starts at column 6, and the last ' of line 1 is left open; use double quotes for text with an apostrophe"),
                    check(text));
            assertEquals("echo \"Backup isn't mounted, skipping\" >&2\n", fixed(text));
        }

        @Test
        void substitutionsNeverClosed() {
            assertEquals(List.of("2:7 unterminated-quote unterminated substitution: the $( opened here is never closed; add ')'"),
                    check("echo start\nstart=$(date +%s\necho end\n"));
            assertEquals(List.of("unterminated-quote"), codes("host=`hostname\n"));
            assertEquals(List.of("unterminated-quote"), codes("echo ${HOME\n"));
        }

        @Test
        void silentForStringsOverSeveralLines() {
            assertEquals(List.of(), check("msg=\"first line\nsecond line\"\necho \"$msg\"\nsql='SELECT 1\n  FROM t;'\n"));
        }
    }

    @Nested
    class UnterminatedHeredoc {
        @Test
        void indentedDelimiter() {
            String text = "f() {\n  cat <<EOF\nbody\n  EOF\n}\nf\n";
            assertEquals(List.of("2:7 unterminated-heredoc here-document 'EOF' is never closed: no line after it is exactly 'EOF',"
                    + " so the rest of the script is read as its text; line 4 has '  EOF', with blanks around the delimiter"
                    + " (only '<<-' allows leading tabs)"), check(text));
            assertEquals(List.of(), check(fixed(text)));
        }

        @Test
        void delimiterMissing() {
            assertEquals(List.of("unterminated-heredoc"), codes("cat <<END\nsome text\n"));
            assertEquals(List.of("unterminated-heredoc"), codes("cat <<END"));
        }
    }

    @Nested
    class UndefinedFunction {
        private static final String FUNCTIONS = "deploy() { :; }\nstart_server() { :; }\ncleanup_old_snapshot() { :; }\n";

        @Test
        void nearMissOfAFunction() {
            String text = FUNCTIONS + "deplyo\n";
            assertEquals(List.of("4:1 undefined-function 'deplyo' is not defined in this script; did you mean the function 'deploy' (line 1)?"),
                    check(text));
            assertEquals(FUNCTIONS + "deploy\n", fixed(text));
            assertEquals(List.of("undefined-function"), codes(FUNCTIONS + "cleanup_old_snapshots\n"));
            assertEquals(List.of("undefined-function"), codes(FUNCTIONS + "if true; then start_sever; fi\n"));
        }

        @Test
        void aMisspelledDefinitionNoCallUsesIsOfferedItsCallsName() {
            String text = "usagge() {\n  echo usage\n}\n[ $# -eq 0 ] && usage\n[ $# -gt 3 ] && usage\n";
            Diagnostic first = SHELL.check(text).get(0);
            assertEquals(List.of("replace 'usage' with 'usagge'", "rename the function 'usagge' (line 1) to 'usage'"),
                    first.fixes().stream().map(dev.dslfix.lang.Fix::title).toList());
            assertEquals(List.of(), check(first.fixes().get(1).applyTo(text)), "one rename repairs every call");
            // The definition is called by its own name too: it is no slip, so it is not renamed.
            String called = FUNCTIONS + "deploy\ndeplyo\n";
            assertEquals(1, SHELL.check(called).get(0).fixes().size());
        }

        @Test
        void insideCommandSubstitutions() {
            assertEquals(List.of("4:17 undefined-function 'deplyo' is not defined in this script; did you mean the function 'deploy' (line 1)?"),
                    check(FUNCTIONS + "echo \"result: $(deplyo)\"\n"));
        }

        @Test
        void insideASubstitutionWithAHereDocument() {
            assertEquals(List.of("4:6 undefined-function 'deplyo' is not defined in this script; did you mean the function 'deploy' (line 1)?"),
                    check(FUNCTIONS + "x=\"$(deplyo <<'EOF'\nit's input\nEOF\n)\"\n"));
        }

        @Test
        void silentForCommandsAndDistantNames() {
            assertEquals(List.of(), check(FUNCTIONS + "deploy\nstart_server\nls -l\nstat /etc\ndocker ps\nrestore\n./deploy\ndeploy.sh\n$deplyo\n"));
            assertEquals(List.of(), check("deplyo\n"), "no functions, nothing to be near");
            assertEquals(List.of(), check(FUNCTIONS + "alias deplyo=deploy\ndeplyo\n"));
            assertEquals(List.of(), check("main\nmain() { :; }\nmian() { :; }\nmian\n"));
        }
    }

    @Nested
    class LocalOutsideFunction {
        @Test
        void localInTheMainBody() {
            String text = "local count=0\n";
            assertEquals(List.of("1:1 local-outside-function 'local' can only be used inside a function; here bash refuses it"
                    + " and the variable is not set"), check(text));
            assertEquals("count=0\n", fixed(text));
            assertEquals("declare -a hosts\n", fixed("local -a hosts\n"));
            assertEquals(List.of("local-outside-function"), codes("for f in *; do\n  local base=${f%.*}\ndone\n"));
        }

        @Test
        void silentInsideFunctions() {
            assertEquals(List.of(), check("f() {\n  local a=1\n  if true; then local b; fi\n  x=$(local c=2; echo $c)\n}\n"
                    + "function g { local d; }\nh() ( local e )\n"));
        }
    }

    @Nested
    class BreakOutsideLoop {
        @Test
        void breakAndContinueWithoutALoop() {
            assertEquals(List.of("2:3 break-outside-loop 'break' is only meaningful inside a for, while, until or select loop;"
                    + " here bash refuses it"), check("if [ -f stop ]; then\n  break\nfi\n"));
            assertEquals(List.of("break-outside-loop"), codes("case $x in a) continue ;; esac\n"));
        }

        @Test
        void silentInLoopsAndFunctions() {
            assertEquals(List.of(), check("for f in *; do\n  case $f in *.tmp) continue ;; esac\n  [ -d \"$f\" ] && break\ndone\n"
                    + "while :; do if x; then break 2; fi; done\nuntil a; do continue; done\nselect o in a b; do break; done\n"
                    // a function may be called from a loop: bash decides at run time
                    + "stop_early() { break; }\n"));
        }
    }

    @Nested
    class ReturnOutsideFunction {
        @Test
        void returnInTheMainBodyIsAWarning() {
            List<Diagnostic> d = SHELL.check("[ -n \"$CI\" ] || return 0\n");
            assertEquals(1, d.size());
            assertEquals(Severity.WARNING, d.get(0).severity());
            assertEquals("return-outside-function", d.get(0).code());
            assertEquals("[ -n \"$CI\" ] || exit 0\n", fixed("[ -n \"$CI\" ] || return 0\n"));
        }

        @Test
        void silentInsideFunctions() {
            assertEquals(List.of(), check("f() {\n  for x in a; do return 1; done\n  return\n}\n"));
        }
    }

    @Test
    void noStaticChecksAfterASyntaxError() {
        // The tree after the error is a guess: a 'local' there is not reported.
        assertEquals(List.of("unclosed-block"), codes("f() {\n  if x; then\n    y\n}\nlocal z=1\n"));
    }

    @Test
    void positionsAreUtf16() {
        List<Diagnostic> d = SHELL.check("echo \"🚀 ready\" && [ -f x\n");
        assertEquals(1, d.size());
        assertEquals("\"🚀 ready\" && ".length() + 5, d.get(0).start());
        assertTrue(d.get(0).end() <= "echo \"🚀 ready\" && [ -f x\n".length());
    }

    @Test
    void otherLanguagesBracesAndBracketsBecomeTheShellsWords() {
        // C's '{' where the shell wants 'then' or 'do'
        assertEquals("#!/bin/sh\nif true; then\n  echo a\nelse\n  echo b\nfi\n",
                fixed("#!/bin/sh\nif true; {\n  echo a\nelse\n  echo b\nfi\n"));
        assertEquals("#!/bin/sh\nwhile true; do\n  break\ndone\n", fixed("#!/bin/sh\nwhile true; {\n  break\ndone\n"));
        // a single ']' that was meant to close '[['
        assertEquals("#!/bin/bash\nx=1\n[[ $x -eq 0 ]] && echo z\n", fixed("#!/bin/bash\nx=1\n[[ $x -eq 0 ] && echo z\n"));
        // one ';' where a case item ends with ';;'
        assertEquals("#!/bin/sh\ncase \"$1\" in\n  a) echo a ;;\n  b) echo b ;;\nesac\n",
                fixed("#!/bin/sh\ncase \"$1\" in\n  a) echo a ;\n  b) echo b ;;\nesac\n"));
    }
}
