# expect: missing-do at line 6 ('do' on the for line without ';' becomes one of the words of the list)
# Warm the cache of the most visited pages after a deploy.
BASE_URL="https://shop.example.com"
PAGES="/ /category/shoes /category/bags /sale /about"

for page in $PAGES do
    status=$(curl -s -o /dev/null -w '%{http_code}' "${BASE_URL}${page}")
    echo "${page}: ${status}"
done
