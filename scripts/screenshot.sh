#!/usr/bin/env bash
# Takes the README screenshot under Xvfb: screenshot.sh BINARY FOLDER OUT.png
# The folder is copied to a scratch place, imported and annotated with the CLI
# (scripts/annotate-demo.py), and the window is opened with fresh settings (the coder
# question answered).
set -euo pipefail
bin="$(realpath "$1")"; folder="$2"; out="$3"
here="$(cd "$(dirname "$0")" && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp -r "$folder" "$scratch/corpus"
rm -rf "$scratch/corpus/.crossread"
"$bin" import "$scratch/corpus" > /dev/null
python3 "$here/annotate-demo.py" "$bin" "$scratch/corpus"
mkdir -p "$(dirname "$out")"
# A coder chosen already: the first-start question must not cover the window.
mkdir -p "$scratch/config/Crossread"
printf '[coder]\nasked=true\n' > "$scratch/config/Crossread/Crossread.conf"
XDG_CONFIG_HOME="$scratch/config" xvfb-run -a -s "-screen 0 1600x1000x24" bash -c "
  '$bin' '$scratch/corpus' &
  pid=\$!
  sleep \${SHOT_DELAY:-6}
  import -window root '$scratch/shot.png'
  kill \$pid
"
# The window opens at 1400x900 in the top left corner of the screen.
convert "$scratch/shot.png" -crop 1400x900+0+0 +repage "$out"
echo "screenshot: $out"
