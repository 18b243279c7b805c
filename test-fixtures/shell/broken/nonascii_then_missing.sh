# expect: missing-then at line 8 (non-ASCII text before the 'then' that needs a ';')
# Post the release status to the team channel (messages are in German).
set -u
status="${1:-unbekannt}"
version="${2:-dev}"
webhook="${TEAM_WEBHOOK:?TEAM_WEBHOOK fehlt}"

if [ "$status" = "erfolgreich 🚀" ] then
    text="Release ${version}: läuft ✓"
else
    text="Release ${version}: Fehler – bitte prüfen"
fi
curl -fsS -H 'Content-Type: application/json' -d "{\"text\": \"${text}\"}" "$webhook"
