# expect: syntax at line 20 ('elif' after 'else')
# Choose the package manager of the machine and install the agent.
install_agent() {
    if command -v apt-get >/dev/null; then
        apt-get update -q
        apt-get install -y metrics-agent
    elif command -v dnf >/dev/null; then
        dnf install -y metrics-agent
    else
        echo "unsupported system" >&2
        return 1
    fi
}

if [ "$(id -u)" -ne 0 ]; then
    echo "run as root" >&2
    exit 1
else
    install_agent
elif [ -n "${DRY_RUN:-}" ]; then
    echo "would install metrics-agent"
fi
