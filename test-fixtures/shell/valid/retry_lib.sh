#!/usr/bin/env bash
# Shared helpers for our ops scripts; source it:  . "$(dirname "$0")/lib/retry_lib.sh"

: "${LOG_LEVEL:=info}"

_log_level_number() {
    case "$1" in
        debug) echo 10 ;;
        info) echo 20 ;;
        warn) echo 30 ;;
        error) echo 40 ;;
        *) echo 20 ;;
    esac
}

log_at() {
    local level="$1"
    shift
    if (( $(_log_level_number "$level") >= $(_log_level_number "$LOG_LEVEL") )); then
        printf '%s %-5s %s\n' "$(date +'%F %T')" "${level^^}" "$*" >&2
    fi
}

log_info() { log_at info "$@"; }
log_warn() { log_at warn "$@"; }
log_error() { log_at error "$@"; }

# retry MAX_ATTEMPTS COMMAND...: exponential backoff with jitter, capped at 60 seconds.
retry() {
    local max="$1" attempt=1 delay=1
    shift
    until "$@"; do
        local rc=$?
        if (( attempt >= max )); then
            log_error "giving up after $attempt attempts: $* (exit $rc)"
            return "$rc"
        fi
        local jitter=$(( RANDOM % 1000 ))
        log_warn "attempt $attempt/$max failed (exit $rc); retrying in ${delay}.${jitter}s"
        sleep "${delay}.${jitter}"
        attempt=$((attempt + 1))
        delay=$(( delay * 2 > 60 ? 60 : delay * 2 ))
    done
}

require_commands() {
    local missing=() c
    for c in "$@"; do
        command -v "$c" >/dev/null 2>&1 || missing+=("$c")
    done
    if (( ${#missing[@]} )); then
        log_error "missing commands: ${missing[*]}"
        return 1
    fi
}

confirm() {
    local prompt="${1:-Continue?}" reply
    [[ -t 0 ]] || return 1
    read -r -p "$prompt [y/N] " reply
    [[ $reply =~ ^[Yy]([Ee][Ss])?$ ]]
}
