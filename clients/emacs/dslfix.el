;;; dslfix.el --- Eglot set-up for the dslfix language server  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1") (eglot "1.9"))
;; Keywords: languages, tools
;; URL: https://github.com/dslfix/dslfix

;;; Commentary:

;; dslfix checks and repairs domain-specific languages (SQL, playbooks, ...)
;; over LSP.  This file:
;;  - registers the server with Eglot for `sql-mode' and `dslfix-playbook-mode'
;;    (the command is built from `dslfix-java', `dslfix-java-args' and
;;    `dslfix-jar' each time a server starts);
;;  - defines `dslfix-playbook-mode' for *.playbook.yml / *.playbook.yaml;
;;  - sends `dslfix-settings' (the object of dslfix.json) as
;;    initializationOptions and as workspace/didChangeConfiguration settings
;;    under "dslfix".  A :dslfix section of `eglot-workspace-configuration'
;;    (e.g. in .dir-locals.el) wins over `dslfix-settings', key by key.
;;
;; Set-up:
;;   (require 'dslfix)
;;   (setq dslfix-jar "/path/to/dslfix.jar")
;;   (add-hook 'sql-mode-hook #'eglot-ensure)
;;   (add-hook 'dslfix-playbook-mode-hook #'eglot-ensure)
;;
;; Works with Eglot 1.9 (elpa-eglot on Debian bookworm, Emacs 28) and with the
;; Eglot built into Emacs 29+.

;;; Code:

(require 'cl-lib)
(require 'subr-x)

(defgroup dslfix nil
  "The dslfix language server."
  :group 'tools
  :prefix "dslfix-")

(defcustom dslfix-java "java"
  "The java executable used to run the dslfix server."
  :type 'string)

(defcustom dslfix-java-args nil
  "Extra JVM arguments placed before -jar, e.g. (\"-Xmx1g\")."
  :type '(repeat string))

(defcustom dslfix-jar (or (getenv "DSLFIX_JAR") "dslfix.jar")
  "Path of dslfix.jar.  Defaults to $DSLFIX_JAR."
  :type 'file)

(defcustom dslfix-server-command nil
  "Full server command; when non-nil, `dslfix-java' and `dslfix-jar' are not used."
  :type '(choice (const :tag "java -jar dslfix-jar serve" nil)
                 (repeat string)))

(defcustom dslfix-settings nil
  "The dslfix configuration object as a plist, e.g.
  (:repair (:aggressiveness \"balanced\" :top 5)
   :sql (:schemaFiles [\"db/schema/*.sql\"]))
Same keys as dslfix.json.  Use vectors for JSON lists."
  :type 'sexp)

(defcustom dslfix-eglot-modes '(sql-mode dslfix-playbook-mode sh-mode bash-ts-mode)
  "Major modes whose buffers Eglot connects to the dslfix server."
  :type '(repeat symbol))

;;;; Major modes for the built-in DSLs

(defalias 'dslfix--playbook-parent-mode
  (if (or (fboundp 'yaml-mode) (require 'yaml-mode nil t))
      'yaml-mode
    'prog-mode)
  "Parent of `dslfix-playbook-mode': `yaml-mode' when installed, else `prog-mode'.")

;;;###autoload
(define-derived-mode dslfix-playbook-mode dslfix--playbook-parent-mode "Playbook"
  "Major mode for dslfix playbooks (*.playbook.yml, *.playbook.yaml)."
  (setq-local comment-start "# ")
  (setq-local comment-start-skip "#+\\s-*")
  (unless (derived-mode-p 'yaml-mode)
    (modify-syntax-entry ?# "<" dslfix-playbook-mode-syntax-table)
    (modify-syntax-entry ?\n ">" dslfix-playbook-mode-syntax-table)
    (modify-syntax-entry ?' "\"" dslfix-playbook-mode-syntax-table)
    (setq-local indent-tabs-mode nil)))

(defun dslfix-language-id (mode)
  "LSP language id for MODE.
`dslfix-playbook-mode' gives \"playbook\", `sql-mode' gives \"sql\"."
  (or (get mode 'dslfix-language-id)
      (string-remove-prefix "dslfix-" (string-remove-suffix "-mode" (symbol-name mode)))))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.playbook\\.ya?ml\\'" . dslfix-playbook-mode))

;; Shell buffers: `sh-mode' (and the tree-sitter `bash-ts-mode') are the built-in "shell" DSL.
(put 'sh-mode 'dslfix-language-id "shell")
(put 'bash-ts-mode 'dslfix-language-id "shell")

;;;; Eglot

(defun dslfix-command ()
  "The command line that starts the dslfix server."
  (or dslfix-server-command
      `(,dslfix-java ,@dslfix-java-args "-jar" ,(expand-file-name dslfix-jar) "serve")))

(defun dslfix--merge (base override)
  "Plist BASE with the top-level keys of plist OVERRIDE replacing its own."
  (let ((out (copy-sequence base)))
    (cl-loop for (k v) on override by #'cddr
             do (setq out (plist-put out k v)))
    out))

(defun dslfix--plist-p (x)
  "Non-nil when X looks like a plist with keyword keys."
  (and (listp x) (cl-evenp (length x)) (or (null x) (keywordp (car x)))))

(defun dslfix--workspace-section (server)
  "The :dslfix section of `eglot-workspace-configuration' for SERVER, if any."
  (when (fboundp 'eglot--workspace-configuration-plist)
    (let ((plist (ignore-errors (funcall 'eglot--workspace-configuration-plist server))))
      (and (dslfix--plist-p plist) (plist-get plist :dslfix)))))

(defun dslfix-effective-settings (&optional server)
  "`dslfix-settings' merged with SERVER's workspace configuration.
The :dslfix section of `eglot-workspace-configuration' wins, key by key."
  (dslfix--merge dslfix-settings (and server (dslfix--workspace-section server))))

(defvar eglot-server-programs)
(defvar eglot-connect-hook)
(declare-function jsonrpc-notify "jsonrpc" (connection method params))

(defun dslfix--eglot-contact (&optional _interactive)
  "Eglot contact for dslfix, computed when a server starts."
  (cons 'dslfix-eglot-server (dslfix-command)))

(defun dslfix--eglot-server-p (server)
  "Non-nil when SERVER is an Eglot connection to dslfix."
  (and (fboundp 'dslfix-eglot-server-p)
       (funcall 'dslfix-eglot-server-p server)))

(defun dslfix--eglot-send-settings (server)
  "After connecting, send the dslfix settings to SERVER.
Eglot's own workspace/didChangeConfiguration carries only
`eglot-workspace-configuration' (often an empty object); this one,
sent after it, carries the effective dslfix settings."
  (when (dslfix--eglot-server-p server)
    (let ((settings (dslfix-effective-settings server)))
      (when settings
        (jsonrpc-notify server :workspace/didChangeConfiguration
                        (list :settings (list :dslfix settings)))))))

(defun dslfix--eglot-register ()
  "Put dslfix first in `eglot-server-programs' for `dslfix-eglot-modes'."
  (setq eglot-server-programs
        (cons (cons (mapcar (lambda (mode) (list mode :language-id (dslfix-language-id mode)))
                            dslfix-eglot-modes)
                    #'dslfix--eglot-contact)
              (cl-remove #'dslfix--eglot-contact eglot-server-programs
                         :key #'cdr :test #'eq))))

(with-eval-after-load 'eglot
  (defclass dslfix-eglot-server (eglot-lsp-server) ()
    "Eglot connection to the dslfix server.")

  (cl-defmethod eglot-initialization-options ((server dslfix-eglot-server))
    "Send the dslfix settings as initializationOptions."
    (or (dslfix-effective-settings server) (make-hash-table)))

  (add-hook 'eglot-connect-hook #'dslfix--eglot-send-settings t)
  (dslfix--eglot-register))

(provide 'dslfix)
;;; dslfix.el ends here
