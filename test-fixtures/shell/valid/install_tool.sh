#!/bin/sh
# Installer for the "kvctl" command line tool:
#   curl -fsSL https://get.example.com/kvctl | sh
# Detects OS and architecture, downloads the release archive, verifies its checksum
# and installs the binary into a directory on the PATH. POSIX sh on purpose.
set -eu

REPO_URL="https://releases.example.com/kvctl"
VERSION="${KVCTL_VERSION:-latest}"
INSTALL_DIR="${KVCTL_INSTALL_DIR:-}"

say() {
    printf 'kvctl-install: %s\n' "$*"
}

err() {
    say "error: $*" >&2
    exit 1
}

need() {
    command -v "$1" >/dev/null 2>&1 || err "this installer needs '$1'"
}

detect_os() {
    os=$(uname -s)
    case "$os" in
        Linux) echo linux ;;
        Darwin) echo darwin ;;
        MINGW*|MSYS*|CYGWIN*) echo windows ;;
        *) err "unsupported operating system: $os" ;;
    esac
}

detect_arch() {
    arch=$(uname -m)
    case "$arch" in
        x86_64|amd64) echo amd64 ;;
        aarch64|arm64) echo arm64 ;;
        armv7l) echo armv7 ;;
        *) err "unsupported architecture: $arch" ;;
    esac
}

download() {
    url=$1
    out=$2
    if command -v curl >/dev/null 2>&1; then
        curl -fsSL --retry 3 -o "$out" "$url"
    elif command -v wget >/dev/null 2>&1; then
        wget -q -O "$out" "$url"
    else
        err "neither curl nor wget is installed"
    fi
}

verify() {
    file=$1
    sums=$2
    expected=$(grep " $(basename "$file")\$" "$sums" | cut -d ' ' -f 1)
    [ -n "$expected" ] || err "no checksum for $(basename "$file")"
    if command -v sha256sum >/dev/null 2>&1; then
        actual=$(sha256sum "$file" | cut -d ' ' -f 1)
    else
        actual=$(shasum -a 256 "$file" | cut -d ' ' -f 1)
    fi
    [ "$expected" = "$actual" ] || err "checksum mismatch for $(basename "$file")"
}

pick_install_dir() {
    if [ -n "$INSTALL_DIR" ]; then
        echo "$INSTALL_DIR"
    elif [ -w /usr/local/bin ]; then
        echo /usr/local/bin
    else
        mkdir -p "$HOME/.local/bin"
        echo "$HOME/.local/bin"
    fi
}

need uname
need tar
need mktemp

os=$(detect_os)
arch=$(detect_arch)
if [ "$VERSION" = "latest" ]; then
    VERSION=$(download "$REPO_URL/latest.txt" - 2>/dev/null || true)
    [ -n "$VERSION" ] || VERSION=$(curl -fsSL "$REPO_URL/latest.txt")
fi

archive="kvctl_${VERSION}_${os}_${arch}.tar.gz"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

say "downloading kvctl $VERSION for $os/$arch"
download "$REPO_URL/$VERSION/$archive" "$tmp/$archive"
download "$REPO_URL/$VERSION/SHA256SUMS" "$tmp/SHA256SUMS"
verify "$tmp/$archive" "$tmp/SHA256SUMS"

tar -xzf "$tmp/$archive" -C "$tmp"
dir=$(pick_install_dir)
install -m 0755 "$tmp/kvctl" "$dir/kvctl"
say "installed $dir/kvctl"

case ":$PATH:" in
    *":$dir:"*) ;;
    *) say "note: $dir is not on your PATH; add it to your shell profile" ;;
esac
"$dir/kvctl" version
