package dev.dslfix.lang.shell;

import java.util.Set;

/**
 * Commands a script may call without defining them: Bash builtins and the programs found on
 * ordinary Linux machines, build agents and containers. A name near one of the script's own
 * functions ("stat" near "start") is reported only when it is none of these.
 */
final class ShellCommands {
    private ShellCommands() {
    }

    static final Set<String> BUILTINS = Set.of(
            ".", ":", "[", "alias", "bg", "bind", "break", "builtin", "caller", "cd", "command", "compgen", "complete",
            "compopt", "continue", "declare", "dirs", "disown", "echo", "enable", "eval", "exec", "exit", "export",
            "false", "fc", "fg", "getopts", "hash", "help", "history", "jobs", "kill", "let", "local", "logout",
            "mapfile", "popd", "printf", "pushd", "pwd", "read", "readarray", "readonly", "return", "set", "shift",
            "shopt", "source", "suspend", "test", "times", "trap", "true", "type", "typeset", "ulimit", "umask",
            "unalias", "unset", "wait");

    private static final Set<String> PROGRAMS = Set.of(
            // coreutils, util-linux, findutils, procps and friends
            "arch", "awk", "base32", "base64", "basename", "bash", "bc", "bunzip2", "bzip2", "cal", "cat", "chattr",
            "chgrp", "chmod", "chown", "chroot", "cksum", "clear", "cmp", "column", "comm", "cp", "cpio", "crontab",
            "csplit", "curl", "cut", "dash", "date", "dd", "df", "diff", "diff3", "dir", "dircolors", "dirname", "dmesg",
            "du", "egrep", "env", "expand", "expr", "factor", "fallocate", "fgrep", "file", "find", "flock", "fmt",
            "fold", "free", "fuser", "getent", "getopt", "grep", "groupadd", "groupdel", "groupmod", "groups", "gunzip",
            "gzip", "halt", "head", "hexdump", "hostname", "hostnamectl", "iconv", "id", "ifconfig", "install", "ionice",
            "ip", "join", "journalctl", "kill", "killall", "last", "less", "link", "ln", "locale", "logger", "login",
            "logname", "losetup", "ls", "lsblk", "lsof", "lz4", "md5sum", "mkdir", "mkfifo", "mknod", "mktemp", "more",
            "mount", "mv", "nc", "netstat", "nice", "nl", "nohup", "nproc", "numfmt", "od", "passwd", "paste", "patch",
            "pgrep", "pidof", "ping", "pkill", "poweroff", "pr", "printenv", "ps", "ptx", "readlink", "realpath",
            "reboot", "rename", "renice", "rev", "rm", "rmdir", "rsync", "runuser", "scp", "sed", "seq", "service",
            "setsid", "sftp", "sh", "sha1sum", "sha224sum", "sha256sum", "sha384sum", "sha512sum", "shred", "shuf",
            "shutdown", "sleep", "sort", "split", "ss", "ssh", "ssh-add", "ssh-agent", "ssh-keygen", "ssh-keyscan",
            "stat", "stdbuf", "strings", "stty", "su", "sudo", "sum", "swapoff", "swapon", "sync", "sysctl", "systemctl",
            "tac", "tail", "tar", "tee", "telnet", "time", "timedatectl", "timeout", "top", "touch", "tput", "tr",
            "traceroute", "truncate", "tsort", "tty", "umount", "uname", "unexpand", "uniq", "unlink", "unxz", "unzip",
            "unzstd", "uptime", "useradd", "userdel", "usermod", "users", "vi", "vim", "vmstat", "w", "watch", "wc",
            "wget", "whereis", "which", "who", "whoami", "xargs", "xxd", "xz", "yes", "zcat", "zip", "zsh", "zstd",
            "ksh", "lsattr", "dig", "host", "nslookup", "openssl", "gpg", "socat", "tmux", "screen", "envsubst",
            "gettext", "chpasswd", "visudo", "update-alternatives", "ldconfig", "ldd", "lscpu", "lsmod", "modprobe",
            "iptables", "ufw", "nft", "at", "batch", "anacron", "logrotate", "sendmail", "mail", "mailx", "bzcat",
            "sha1", "shasum", "unshare", "nsenter", "strace", "ltrace", "gdb", "perf", "iostat", "sar", "mpstat",
            "blkid", "mkfs", "fsck", "e2fsck", "resize2fs", "parted", "fdisk", "cryptsetup", "tune2fs", "pv",
            // package managers and language runtimes
            "apk", "apt", "apt-get", "apt-cache", "dpkg", "dnf", "yum", "rpm", "zypper", "pacman", "brew", "snap",
            "flatpak", "pip", "pip3", "pipx", "python", "python3", "ruby", "gem", "bundle", "node", "npm", "npx",
            "yarn", "pnpm", "deno", "bun", "java", "javac", "jar", "mvn", "gradle", "go", "cargo", "rustc", "rustup",
            "make", "cmake", "ninja", "gcc", "g++", "cc", "clang", "ld", "ar", "strip", "php", "composer", "perl",
            "lua", "R", "Rscript", "dotnet", "swift", "kotlin", "scala", "sbt", "conda", "poetry", "uv", "virtualenv",
            // tools of deploy and CI scripts
            "git", "docker", "docker-compose", "podman", "buildah", "kubectl", "helm", "kustomize", "minikube", "kind",
            "terraform", "packer", "vault", "consul", "nomad", "ansible", "ansible-playbook", "aws", "gcloud", "gsutil",
            "az", "doctl", "jq", "yq", "psql", "pg_dump", "pg_restore", "pg_isready", "pg_dumpall", "createdb",
            "dropdb", "mysql", "mysqldump", "mysqladmin", "mongo", "mongosh", "mongodump", "mongorestore", "redis-cli",
            "sqlite3", "nginx", "apachectl", "certbot", "supervisorctl", "gh", "glab", "hub", "svn", "hg", "rclone",
            "restic", "borg", "duplicity", "s3cmd", "aws-vault", "sops", "age", "cosign", "skopeo", "crane", "trivy",
            "shellcheck", "shfmt", "eslint", "prettier", "black", "flake8", "pylint", "mypy", "pytest", "tox", "jest",
            "mocha", "go-task", "task", "just", "bats", "ffmpeg", "convert", "identify", "pandoc", "wkhtmltopdf",
            "zenity", "notify-send", "osascript", "open", "xdg-open", "pbcopy", "pbpaste", "xclip", "xsel", "nvm",
            "sdk", "pyenv", "rbenv", "asdf", "direnv", "systemd-run", "loginctl", "udevadm", "curlie", "http",
            "ab", "wrk", "hey", "iperf3", "nmap", "tcpdump", "mtr", "whois", "ntpdate", "chronyc", "hwclock", "tzselect",
            "cron", "crond", "inotifywait", "entr", "fswatch", "parallel", "pigz", "pbzip2", "7z", "unrar", "lsb_release",
            "git-lfs", "cpan", "carton", "mc", "gpg-agent", "pass", "keytool", "update-ca-certificates", "c_rehash");

    static boolean known(String name) {
        return BUILTINS.contains(name) || PROGRAMS.contains(name);
    }
}
