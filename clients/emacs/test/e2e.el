;;; e2e.el --- End-to-end test of dslfix.el with Eglot and the real server  -*- lexical-binding: t; -*-

;; Run by e2e.sh:  emacs --batch -Q -l e2e.el
;; Environment: DSLFIX_JAR, DSLFIX_JAVA, DSLFIX_FIXTURE, DSLFIX_WORK, DSLFIX_CLIENT_DIR,
;; optionally DSLFIX_ELPA_DIRS (colon-separated system ELPA dirs; default Debian's).

;;; Code:

(require 'cl-lib)
(require 'subr-x)

(defvar e2e-jar (or (getenv "DSLFIX_JAR") (error "DSLFIX_JAR not set")))
(defvar e2e-java (or (getenv "DSLFIX_JAVA") "java"))
(defvar e2e-fixture (or (getenv "DSLFIX_FIXTURE") (error "DSLFIX_FIXTURE not set")))
(defvar e2e-work (file-name-as-directory (or (getenv "DSLFIX_WORK") (error "DSLFIX_WORK not set"))))
(defvar e2e-client-dir (or (getenv "DSLFIX_CLIENT_DIR") (error "DSLFIX_CLIENT_DIR not set")))
(defvar e2e-wait 30 "Seconds to wait for the server, diagnostics and requests.")
(defvar e2e-failures 0)
(defvar e2e-start (float-time))

(defun e2e-out (fmt &rest args)
  (princ (concat (apply #'format fmt args) "\n")))

(defun e2e-pass (name &optional detail)
  (e2e-out "PASS %s%s" name (if detail (concat ": " detail) "")))

(defun e2e-fail (name &optional detail)
  (cl-incf e2e-failures)
  (e2e-out "FAIL %s%s" name (if detail (concat ": " detail) "")))

(defun e2e-info (name detail)
  (e2e-out "INFO %s: %s" name detail))

(defun e2e-elapsed ()
  (format "%.1fs" (- (float-time) e2e-start)))

(defun e2e-wait-until (pred &optional seconds)
  "Run the event loop until PRED returns non-nil or SECONDS pass; return PRED's value."
  (let ((deadline (+ (float-time) (or seconds e2e-wait)))
        value)
    (while (and (not (setq value (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

;;;; Eglot from the system ELPA directory (elpa-eglot), without user configuration.

(require 'package)
(setq package-directory-list
      (split-string (or (getenv "DSLFIX_ELPA_DIRS") "/usr/share/emacs/site-lisp/elpa") ":" t)
      package-user-dir (expand-file-name "elpa" user-emacs-directory))
(package-initialize)
(require 'eglot)
(require 'flymake)
(load (expand-file-name "dslfix.el" e2e-client-dir) nil t)

(setq dslfix-jar e2e-jar
      dslfix-java e2e-java
      ;; top 1: one whole-document repair; the test checks that the setting arrived.
      dslfix-settings '(:repair (:aggressiveness "balanced" :top 1))
      eglot-sync-connect e2e-wait
      eglot-connect-timeout e2e-wait
      eglot-autoreconnect nil
      ;; Repairs are searched within a 5 s budget; leave room on slow CI machines (default 10 s).
      jsonrpc-default-request-timeout e2e-wait
      make-backup-files nil
      create-lockfiles nil
      auto-save-default nil)

(defun e2e-eglot-version ()
  (let ((desc (cadr (assq 'eglot package-alist))))
    (if desc (package-version-join (package-desc-version desc))
      (or (bound-and-true-p eglot-version) "built-in"))))

(defun e2e-copy (name)
  (let ((path (expand-file-name name e2e-work)))
    (copy-file e2e-fixture path t)
    path))

(defun e2e-open (path)
  "Visit PATH and connect Eglot the way a user's hook does; return the buffer or nil."
  (let ((buf (find-file path)))   ; displayed, as for a user: Flymake starts on display
    (with-current-buffer buf
      (eglot-ensure)
      ;; eglot-ensure connects from post-command-hook, which never runs in batch mode.
      (run-hooks 'post-command-hook)
      (if (e2e-wait-until (lambda () (and (eglot-current-server) eglot--managed-mode)))
          buf
        nil))))

(defun e2e-diagnostics (buf)
  "Wait for Flymake diagnostics in BUF and return them."
  (with-current-buffer buf
    ;; Flymake defers its first run until the buffer is shown (window-configuration-change-hook),
    ;; which batch mode never runs for a buffer managed as soon as it is visited. Start it.
    (unless (flymake-running-backends)
      (flymake-start))
    (e2e-wait-until (lambda () (flymake-diagnostics)))))

(defun e2e-code-actions (buf)
  (with-current-buffer buf
    (eglot-code-actions (point-min) (point-max))))

(defun e2e-repair-action (actions)
  (cl-find-if (lambda (a) (string-prefix-p "Repair document" (or (plist-get a :title) "")))
              actions))

(defun e2e-resolve (buf action)
  "ACTION with its edit: resolved on the server when it came without one."
  (if (plist-get action :edit) action
    (with-current-buffer buf
      (jsonrpc-request (eglot-current-server) :codeAction/resolve action))))

(defun e2e-apply (edit)
  "Apply a WorkspaceEdit with Eglot's own function (its arity changed after 1.9)."
  (if (> (car (func-arity 'eglot--apply-workspace-edit)) 1)
      (eglot--apply-workspace-edit edit 'eglot-code-actions)
    (eglot--apply-workspace-edit edit)))

(defun e2e-edit-version (edit)
  (let ((dc (plist-get edit :documentChanges)))
    (and dc (> (length dc) 0)
         (plist-get (plist-get (aref dc 0) :textDocument) :version))))

(defun e2e-check-file (path)
  "Run `dslfix check PATH'; return (EXIT-CODE . OUTPUT)."
  (with-temp-buffer
    (let ((rc (call-process e2e-java nil t nil "-jar" e2e-jar "check" path)))
      (cons rc (buffer-string)))))

(defun e2e-titles (actions)
  (mapcar (lambda (a) (plist-get a :title)) actions))

;;;; Cases

(defun e2e-test-repair ()
  (let* ((path (e2e-copy "repair.sql"))
         (buf (e2e-open path)))
    (if (not buf)
        (progn (e2e-fail "repair: eglot connect" (format "no server within %ss" e2e-wait)) nil)
      (with-current-buffer buf
        (e2e-pass "repair: eglot connected"
                  (format "%s, language id %s, %s" major-mode
                          (eglot--language-id (eglot-current-server)) (e2e-elapsed)))
        (let ((diags (e2e-diagnostics buf)))
          (if (not diags)
              (progn (e2e-fail "repair: flymake diagnostics" "none") nil)
            (e2e-pass "repair: flymake diagnostics"
                      (format "%d, first: %s" (length diags) (flymake-diagnostic-text (car diags))))
            (let* ((actions (e2e-code-actions buf))
                   (titles (e2e-titles actions))
                   (repairs (cl-count-if (lambda (s) (string-prefix-p "Repair document" s)) titles))
                   (action (e2e-repair-action actions)))
              (if (and (= repairs 1) (string-prefix-p "Repair document (" (car (last titles))))
                  (e2e-pass "settings: repair.top = 1 honoured" "one \"Repair document\" action")
                (e2e-fail "settings: repair.top = 1 honoured" (format "%d repair actions: %S" repairs titles)))
              (if (not action)
                  (progn (e2e-fail "repair: codeAction" (format "no \"Repair document\" action among %S" titles)) nil)
                (e2e-pass "repair: codeAction" (format "%d action(s); using \"%s\"" (length actions)
                                                       (plist-get action :title)))
                (setq action (e2e-resolve buf action))
                (let ((edit (plist-get action :edit)))
                  (if (plist-get edit :documentChanges)
                      (e2e-pass "repair: versioned edit"
                                (format "documentChanges, version %s" (e2e-edit-version edit)))
                    (e2e-fail "repair: versioned edit" "edit came as `changes' (unversioned)"))
                  (e2e-apply edit))
                (save-buffer)
                (let ((check (e2e-check-file path)))
                  (if (= (car check) 0)
                      (e2e-pass "repair: dslfix check after repair" "exit 0")
                    (e2e-fail "repair: dslfix check after repair"
                              (format "exit %s\n%s" (car check) (cdr check)))))
                (if (e2e-wait-until (lambda () (null (flymake-diagnostics))))
                    (e2e-pass "repair: flymake diagnostics cleared")
                  (e2e-fail "repair: flymake diagnostics cleared"
                            (format "%S" (mapcar #'flymake-diagnostic-text (flymake-diagnostics)))))
                t))))))))

(defun e2e-test-stale ()
  "A code action computed for an older version must not be applied."
  (let* ((path (e2e-copy "stale.sql"))
         (buf (e2e-open path)))
    (if (not (and buf (e2e-diagnostics buf)))
        (e2e-fail "stale: setup" "no server or no diagnostics")
      (with-current-buffer buf
        (let* ((action (e2e-resolve buf (e2e-repair-action (e2e-code-actions buf))))
               (edit (plist-get action :edit))
               (version (e2e-edit-version edit))
               expected err)
          (goto-char (point-min))
          (insert "-- inserted after the code action was computed\n")
          (setq expected (buffer-string))
          (condition-case e (e2e-apply edit)
            (error (setq err e)))
          (cond
           ((not (equal (buffer-string) expected))
            (e2e-fail "stale apply: refused"
                      (format "edit for version %s applied at version %s: buffer changed" version
                              eglot--versioned-identifier)))
           (t
            (e2e-pass "stale apply: refused"
                      (format "edit for version %s, buffer at version %s: %s" version
                              eglot--versioned-identifier
                              (if err (error-message-string err) "no error signalled, buffer unchanged")))))
          ;; The server's side: a request for the stale state is answered for the new version.
          (let* ((fresh (e2e-repair-action (e2e-code-actions buf)))
                 (v (e2e-edit-version (plist-get (e2e-resolve buf fresh) :edit))))
            (if (equal v eglot--versioned-identifier)
                (e2e-pass "stale: new code action is for the current version" (format "%s" v))
              (e2e-fail "stale: new code action is for the current version"
                        (format "edit version %s, buffer version %s" v eglot--versioned-identifier)))))))))

(defconst e2e-utf16-broken "SELECT 'Grüße 😀 €' AS greeting, round(avg(x), 2 AS avg_x FROM t;")
(defconst e2e-utf16-fixed "SELECT 'Grüße 😀 €' AS greeting, round(avg(x), 2) AS avg_x FROM t;")

(defun e2e-test-utf16 ()
  "Positions are UTF-16 code units: a repair after non-ASCII text must land where meant."
  (let ((path (expand-file-name "utf16.sql" e2e-work)))
    (let ((coding-system-for-write 'utf-8-unix))
      (with-temp-file path
        (insert "CREATE TABLE t (x REAL, label TEXT);\n" e2e-utf16-broken "\n")))
    (let ((buf (e2e-open path)))
      (if (not (and buf (e2e-diagnostics buf)))
          (e2e-fail "utf-16: setup" "no server or no diagnostics")
        (with-current-buffer buf
          (let ((action (e2e-repair-action (e2e-code-actions buf))))
            (if (not action)
                (e2e-fail "utf-16: codeAction" "no repair action")
              (e2e-apply (plist-get (e2e-resolve buf action) :edit))
              (goto-char (point-min))
              (forward-line 1)
              (let ((line (buffer-substring-no-properties (line-beginning-position) (line-end-position))))
                (if (equal line e2e-utf16-fixed)
                    (e2e-pass "utf-16: repair after non-ASCII text" line)
                  (e2e-fail "utf-16: repair after non-ASCII text"
                            (format "got %S, want %S" line e2e-utf16-fixed)))))))))))

(defun e2e-test-ui-flow ()
  "The user's path: M-x eglot-code-actions, pick the repair, save, check."
  (let* ((path (e2e-copy "ui_flow.sql"))
         (buf (e2e-open path)))
    (if (not (and buf (e2e-diagnostics buf)))
        (e2e-fail "ui flow: setup" "no server or no diagnostics")
      (with-current-buffer buf
        (let* ((before (buffer-string))
               chosen
               (err (condition-case e
                        (cl-letf (((symbol-function 'completing-read)
                                   (lambda (_prompt collection &rest _)
                                     (setq chosen (cl-find-if (lambda (s) (string-prefix-p "Repair document" s))
                                                              (mapcar (lambda (c) (if (consp c) (car c) c))
                                                                      collection))))))
                          ;; A non-list event: pick with completing-read, not a popup menu.
                          (let ((last-nonmenu-event 13))
                            (eglot-code-actions (point-min) (point-max) nil t))
                          nil)
                      (error e))))
          (cond
           (err (e2e-fail "ui flow: eglot-code-actions" (error-message-string err)))
           ((not chosen) (e2e-fail "ui flow: eglot-code-actions" "no \"Repair document\" item offered"))
           ((equal before (buffer-string)) (e2e-fail "ui flow: apply" "buffer unchanged"))
           (t
            (save-buffer)
            (let ((check (e2e-check-file path)))
              (if (= (car check) 0)
                  (e2e-pass "ui flow: eglot-code-actions + dslfix check" (format "exit 0 after \"%s\"" chosen))
                (e2e-fail "ui flow: eglot-code-actions + dslfix check"
                          (format "exit %s\n%s" (car check) (cdr check))))))))))))

(defun e2e-test-filetypes ()
  (let ((path (expand-file-name "site.playbook.yml" e2e-work)))
    (with-temp-file path (insert "- hosts: all\n  tasks: []\n"))
    (with-current-buffer (find-file-noselect path)
      (if (eq major-mode 'dslfix-playbook-mode)
          (e2e-pass "mode *.playbook.yml" (format "%s (parent %s)" major-mode
                                                  (indirect-function 'dslfix--playbook-parent-mode)))
        (e2e-fail "mode *.playbook.yml" (format "%s" major-mode)))
      (let ((contact (eglot--guess-contact)))
        (if (and (member "playbook" (flatten-tree (nth 4 contact)))
                 (eq (nth 2 contact) 'dslfix-eglot-server))
            (e2e-pass "eglot contact for playbooks" (format "%S %S" (nth 2 contact) (nth 4 contact)))
          (e2e-fail "eglot contact for playbooks" (format "%S" contact))))
      (kill-buffer))))

(defun e2e-probe-empty-settings ()
  "Report what the server does with Eglot's default `{settings: {}}' notification."
  (let ((buf (get-file-buffer (expand-file-name "stale.sql" e2e-work))))
    (when buf
      (with-current-buffer buf
        (jsonrpc-notify (eglot-current-server) :workspace/didChangeConfiguration
                        (list :settings (make-hash-table)))
        (let* ((titles (e2e-titles (e2e-code-actions buf)))
               (repairs (cl-count-if (lambda (s) (string-prefix-p "Repair document" s)) titles)))
          (e2e-info "probe {settings:{}}"
                    (format "after an empty didChangeConfiguration the server offers %d repair action(s) (%s)"
                            repairs (if (> repairs 1)
                                        "initializationOptions (top 1) were dropped"
                                      "initializationOptions kept"))))))))

(defun e2e-shutdown ()
  (dolist (servers (ignore-errors (hash-table-values eglot--servers-by-project)))
    (dolist (s servers) (ignore-errors (eglot-shutdown s nil 3)))))

(defun e2e-finish ()
  (if (= e2e-failures 0)
      (progn (e2e-shutdown)
             (e2e-out "PASS emacs e2e (Emacs %s, eglot %s, %s)" emacs-version (e2e-eglot-version) (e2e-elapsed))
             (kill-emacs 0))
    (e2e-out "FAIL emacs e2e: %d failure(s) (%s)" e2e-failures (e2e-elapsed))
    (dolist (b (buffer-list))
      (when (string-match-p "EGLOT.*\\(events\\|stderr\\)" (buffer-name b))
        (with-current-buffer b
          (e2e-out "---- tail of %s" (buffer-name b))
          (e2e-out "%s" (buffer-substring-no-properties
                         (max (point-min) (- (point-max) 3000)) (point-max))))))
    (e2e-shutdown)
    (kill-emacs 1)))

;; A guard so the test never hangs, whatever happens.
(run-at-time 100 nil (lambda ()
                       (e2e-out "FAIL emacs e2e: internal timeout (100 s)")
                       (kill-emacs 3)))

(condition-case err
    (progn
      (e2e-info "emacs" (format "Emacs %s, eglot %s from %s" emacs-version (e2e-eglot-version)
                                (locate-library "eglot")))
      (e2e-test-filetypes)
      (when (and (= e2e-failures 0) (e2e-test-repair))
        (e2e-test-stale)
        (e2e-test-utf16)
        (e2e-test-ui-flow)
        (e2e-probe-empty-settings)))
  (error (e2e-fail "script error" (format "%S" err))))
(e2e-finish)

;;; e2e.el ends here
