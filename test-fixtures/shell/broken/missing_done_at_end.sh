# expect: unclosed-block at line 17 ('for' at line 7 is never closed: the output stops before 'done')
# Resize every uploaded avatar that is larger than 512 pixels.
set -u
src=/srv/uploads/avatars
count=0

for img in "$src"/*.png "$src"/*.jpg; do
    [ -e "$img" ] || continue
    width=$(identify -format '%w' "$img")
    if [ "$width" -gt 512 ]; then
        mogrify -resize 512x512 "$img"
        count=$((count + 1))
        echo "resized $img"
    fi
    if [ $((count % 100)) -eq 0 ] && [ "$count" -gt 0 ]; then
        echo "$count avatars so far"
    fi
