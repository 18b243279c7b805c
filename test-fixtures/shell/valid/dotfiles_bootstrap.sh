#!/usr/bin/env bash
# Link the dotfiles of this repository into $HOME; existing files are moved aside first.
set -euo pipefail
repo=$(cd "$(dirname "$0")" && pwd)
backup="$HOME/.dotfiles-backup/$(date +%Y%m%d-%H%M%S)"
linked=0

link() {
  local src="$repo/$1" dest="$HOME/$2"
  if [[ -L "$dest" && "$(readlink "$dest")" == "$src" ]]; then
    return 0
  fi
  if [[ -e "$dest" || -L "$dest" ]]; then
    mkdir -p "$backup/$(dirname "$2")"
    mv "$dest" "$backup/$2"
    echo "moved old $2 to $backup"
  fi
  mkdir -p "$(dirname "$dest")"
  ln -s "$src" "$dest"
  linked=$((linked + 1))
}

link bashrc .bashrc
link gitconfig .gitconfig
link tmux.conf .tmux.conf
link nvim .config/nvim
for f in "$repo"/bin/*; do
  [[ -x "$f" ]] && link "bin/$(basename "$f")" "bin/$(basename "$f")"
done

if [[ "$(uname)" == Darwin ]] && ! command -v brew >/dev/null; then
  echo "Homebrew is missing; see https://brew.sh" >&2
fi
echo "linked $linked file(s)"
