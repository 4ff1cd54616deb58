#!/usr/bin/env bash
# Issue 21: kiosk mode under a real window manager (openbox on Xvfb), driven by keys as a
# participant would. While the kiosk is up no key combination reaches another window or the window
# manager (Alt+Tab, Super, Ctrl+Alt+arrows, Alt+F2, ...), the participant's own keys still work,
# and iitalent's main window, which shows everyone's data, does not open beside it.
# Usage: check_kiosk_keyboard.sh BIN_DIR. Skips (77) without Xvfb, openbox, xdotool, xmessage.
set -euo pipefail
bin="$1"
for tool in Xvfb openbox xdotool xmessage xprop sqlite3; do
  command -v "$tool" >/dev/null || { echo "SKIPPED: $tool is not installed"; exit 77; }
done

work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run" IITALENT_DB="$work/kiosk.sqlite"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM WAYLAND_DISPLAY

exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
exec 3>&-
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$work/display")"
openbox >/dev/null 2>&1 &
pids+=($!)
# Ready once it says what it supports (xdotool's activation needs _NET_ACTIVE_WINDOW).
for _ in $(seq 100); do xprop -root _NET_SUPPORTED 2>/dev/null | grep -q _NET_ACTIVE_WINDOW && break; sleep 0.1; done

# Two windows of other programs (the instructor's, say), and the control: under this window
# manager Alt+Tab does switch between windows.
xmessage -name other -title "other one" "another program" >/dev/null 2>&1 &
pids+=($!)
xmessage -name other -title "other two" "another program" >/dev/null 2>&1 &
pids+=($!)
one="$(xdotool search --sync --name "other one" | head -1)"
xdotool search --sync --name "other two" >/dev/null
sleep 0.5
xdotool windowactivate --sync "$one"
before="$(xdotool getactivewindow)"
xdotool key alt+Tab
sleep 0.5
[ "$(xdotool getactivewindow)" != "$before" ] || fail "control: Alt+Tab does not switch windows under openbox here"

wait_for() { # NAME: waits until a window of that name is the active one
  for _ in $(seq 100); do
    [ "$(xdotool getactivewindow getwindowname 2>/dev/null)" = "$1" ] && return 0
    sleep 0.1
  done
  fail "the window \"$1\" never became active (active: $(xdotool getactivewindow getwindowname 2>/dev/null))"
}

"$bin/iitalent" --kiosk --role 16 --cohort "workshop" --collect "$work/usb" --lang en >"$work/kiosk.log" 2>&1 &
kiosk_pid=$!
pids+=($kiosk_pid)
wait_for "Kiosk mode — iitalent"
xdotool type --delay 20 2468 && xdotool key Return
sleep 0.5
xdotool type --delay 20 2468 && xdotool key Return
wait_for "iitalent — kiosk — iitalent"
kiosk="$(xdotool getactivewindow)"
sleep 1

# Every key a participant might try to leave with: the kiosk stays the active window and visible.
for keys in alt+Tab alt+shift+Tab super super+d super+e ctrl+alt+Left ctrl+alt+Right ctrl+alt+Up ctrl+alt+Down \
  alt+F2 alt+F3 alt+Escape alt+space ctrl+Escape super+F2 alt+F4; do
  xdotool key "$keys"
  sleep 0.4
  active="$(xdotool getactivewindow)"
  if [ "$active" != "$kiosk" ]; then
    name="$(xdotool getwindowname "$active")"
    # Alt+F4 may ask for the instructor's PIN, inside the kiosk: that is staying, not leaving.
    [ "$name" = "Leave kiosk mode — iitalent" ] || fail "$keys left the kiosk for \"$name\""
    xdotool key Escape
    sleep 0.4
    [ "$(xdotool getactivewindow)" = "$kiosk" ] || fail "after $keys and Escape the kiosk is not active"
  fi
  xdotool search --onlyvisible --name "^iitalent — kiosk" >/dev/null || fail "$keys hid the kiosk"
done
kill -0 "$kiosk_pid" || fail "the kiosk ended"

# The participant's own keys still work while the kiosk holds the keyboard.
# (Super+D and Super+E typed their letters into the name: a participant's keys, not an escape.)
xdotool key ctrl+a
xdotool type --delay 20 "Kong Liang"
xdotool key Tab ctrl+a
xdotool type --delay 20 "ZZ07"
xdotool key Return
sleep 1
for _ in $(seq 20); do xdotool key 3; sleep 0.05; done
sleep 1
rated="$(sqlite3 "$IITALENT_DB" "SELECT count(*) FROM ratings r JOIN assessments a ON a.id = r.assessment
                                  WHERE a.subject_name = 'Kong Liang' AND r.level = 3")"
[ "$rated" = 20 ] || fail "the participant's keys rated $rated items, not 20"
xdotool key alt+Tab
sleep 0.4
[ "$(xdotool getactivewindow)" = "$kiosk" ] || fail "Alt+Tab left the questionnaire"

# The main window does not open on a screen where kiosk mode runs.
if "$bin/iitalent" --exit-when-shown --lang en >"$work/main.log" 2>&1 & then
  main_pid=$!
  pids+=($main_pid)
  # It says why in a message box; the box is another program's window, so close it from outside.
  for _ in $(seq 100); do grep -q "Kiosk mode runs on this screen" "$work/main.log" && break; sleep 0.1; done
  grep -q "Kiosk mode runs on this screen" "$work/main.log" || fail "the main window opened beside the kiosk"
  kill "$main_pid" 2>/dev/null || true
fi

# And kiosk mode does not start beside an open main window.
kill "$kiosk_pid"
wait "$kiosk_pid" 2>/dev/null || true
"$bin/iitalent" --lang en >"$work/main2.log" 2>&1 &
pids+=($!)
wait_for "iitalent"
"$bin/iitalent" --kiosk --role 16 --lang en >"$work/kiosk2.log" 2>&1 &
kiosk2=$!
pids+=($kiosk2)
for _ in $(seq 100); do grep -q "does not start while iitalent's main window is open" "$work/kiosk2.log" && break; sleep 0.1; done
grep -q "does not start while iitalent's main window is open" "$work/kiosk2.log" ||
  fail "kiosk mode started beside the main window"
xdotool search --name "^Kiosk mode" >/dev/null 2>&1 && fail "kiosk mode asked for a PIN beside the main window"
echo "kiosk kept the keyboard against every key tried, and never shared the screen with the main window"
