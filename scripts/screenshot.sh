#!/usr/bin/env bash
# Takes a screenshot of the workbench on a corpus under Xvfb: screenshot.sh BINARY FOLDER OUT.png
set -euo pipefail
bin="$1"; folder="$2"; out="$3"
mkdir -p "$(dirname "$out")"
xvfb-run -a -s "-screen 0 1600x1000x24" bash -c "
  '$bin' '$folder' &
  pid=\$!
  sleep \${SHOT_DELAY:-6}
  import -window root '$out'
  kill \$pid
"
echo "screenshot: $out"
