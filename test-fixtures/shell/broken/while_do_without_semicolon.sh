# expect: missing-do at line 8 ('do' becomes an argument of 'read')
# Import the user list, one "email,name" pair per line.
set -e
input="${1:-users.csv}"
imported=0

tail -n +2 "$input" |
while IFS=, read -r email name do
    ./bin/admin create-user --email "$email" --name "$name"
    imported=$((imported + 1))
done
echo "imported users from $input"
