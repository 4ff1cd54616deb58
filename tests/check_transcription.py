#!/usr/bin/env python3
"""Check that data/catalog is exactly what tools/transcribe_standard.py makes of the standard.

Reruns tools/transcribe_standard.py on the standard's text into a temporary folder and
compares its output, byte for byte, with data/catalog. A hand edit of data/catalog that the
script would not produce, or a change of the script that changes the catalog, fails this test.

Files compared: every file the script writes, i.e.
    meta.json, directions.json, dimensions.json, improvement.json, roles/01.json ... roles/41.json
These hold the Chinese text taken from the standard *and* the English names, duties and
descriptions, which are hand-written but live in tables inside the script; so editing an
English string in data/catalog without editing the script fails too.

Files not compared: data/catalog files listed in HAND_WRITTEN below. The script does not
produce them; they are written and reviewed by hand:
    improvement-mapping.json   iitalent's own reading of Appendix A.1-A.3 (which improvement
                               methods suit which dimension, and which providers offer them);
                               it says so in its own note_en/note_zh.
Any other file in data/catalog that the script does not produce (e.g. a hand-added roles/42.json)
is a failure, as is any file the script produces that data/catalog lacks.

If the standard's text is absent, prints "SKIPPED: <why>" and exits 0 (ctest counts it as
skipped via SKIP_REGULAR_EXPRESSION). Exit status: 0 identical (or skipped), 1 different or the
transcriber failed, 2 bad usage.

Python 3.11 standard library only. Usage:
    python3 tests/check_transcription.py [--standard DIR_OR_FILE] [--catalog DIR]
                                         [--transcriber PATH]
"""

import argparse
import difflib
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
STANDARD_NAME = "000_05f18f387c78b043.txt"

# data/catalog files (paths relative to it, '/'-separated) that are written by hand,
# not by tools/transcribe_standard.py. See the header comment.
HAND_WRITTEN = {"improvement-mapping.json"}

MAX_DIFFS = 3         # files whose unified diff is printed
MAX_DIFF_LINES = 80   # lines printed per diff


def find_standard(path):
    """The standard's text in path (a folder or the file itself), or None."""
    if path.is_file():
        return path
    if not path.is_dir():
        return None
    named = path / STANDARD_NAME
    if named.is_file():
        return named
    # Same rule as the C++ tests (TestSupport.cpp): the first *.txt by name.
    texts = sorted(p for p in path.glob("*.txt") if p.is_file())
    return texts[0] if texts else None


def files_under(root):
    """Relative '/'-separated paths of all files under root."""
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def print_diff(rel, expected, actual):
    """Unified diff of data/catalog/rel (actual) against the script's output (expected)."""
    try:
        a = expected.decode("utf-8").splitlines(keepends=True)
        b = actual.decode("utf-8").splitlines(keepends=True)
    except UnicodeDecodeError:
        print("  (%s is not UTF-8; binary difference)" % rel)
        return
    lines = list(difflib.unified_diff(a, b, fromfile="transcriber/" + rel,
                                      tofile="data/catalog/" + rel))
    for line in lines[:MAX_DIFF_LINES]:
        sys.stdout.write(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    if len(lines) > MAX_DIFF_LINES:
        print("  ... (%d more diff lines)" % (len(lines) - MAX_DIFF_LINES))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--standard", type=Path, default=REPO.parent / "shared" / "standard",
                    help="folder holding the standard's text (or the text file itself)")
    ap.add_argument("--catalog", type=Path, default=REPO / "data" / "catalog",
                    help="the catalog source to check (data/catalog)")
    ap.add_argument("--transcriber", type=Path,
                    default=REPO / "tools" / "transcribe_standard.py")
    args = ap.parse_args()

    source = find_standard(args.standard)
    if source is None:
        print("SKIPPED: the standard's text was not found at %s, so the transcription "
              "was not checked" % args.standard)
        return 0
    if not args.catalog.is_dir():
        print("FAIL: catalog folder %s does not exist" % args.catalog)
        return 1
    if not args.transcriber.is_file():
        print("FAIL: transcriber %s does not exist" % args.transcriber)
        return 1

    print("standard:    %s" % source)
    print("catalog:     %s" % args.catalog)
    print("transcriber: %s" % args.transcriber)

    with tempfile.TemporaryDirectory(prefix="iitalent-transcription-") as tmp:
        out = Path(tmp) / "catalog"
        proc = subprocess.run(
            [sys.executable, "-B", str(args.transcriber), "--source", str(source),
             "--out", str(out)],
            capture_output=True, text=True, encoding="utf-8", errors="replace")
        if proc.returncode != 0:
            print("FAIL: the transcriber exited with status %d" % proc.returncode)
            sys.stdout.write(proc.stdout)
            sys.stdout.write(proc.stderr)
            return 1

        produced = files_under(out)
        if not produced:
            print("FAIL: the transcriber wrote no files")
            sys.stdout.write(proc.stdout)
            return 1
        in_catalog = files_under(args.catalog)

        missing = sorted(produced - in_catalog)            # script makes it, catalog lacks it
        extra = sorted(in_catalog - produced - HAND_WRITTEN)  # catalog has it, script does not
        skipped = sorted((in_catalog & HAND_WRITTEN) - produced)
        differing = []
        for rel in sorted(produced & in_catalog):
            expected = (out / rel).read_bytes()
            actual = (args.catalog / rel).read_bytes()
            if expected != actual:
                differing.append((rel, expected, actual))

        print("compared %d files written by the transcriber; not compared (hand-written): %s"
              % (len(produced & in_catalog), ", ".join(skipped) or "none"))

        if not (missing or extra or differing):
            print("PASS: data/catalog is exactly the transcriber's output")
            return 0

        for rel in missing:
            print("FAIL: %s is written by the transcriber but absent from the catalog" % rel)
        for rel in extra:
            print("FAIL: %s is in the catalog but the transcriber does not write it "
                  "(if it is hand-written on purpose, add it to HAND_WRITTEN in %s)"
                  % (rel, Path(__file__).name))
        for rel, _, _ in differing:
            print("FAIL: %s differs from the transcriber's output" % rel)
        for rel, expected, actual in differing[:MAX_DIFFS]:
            print()
            print_diff(rel, expected, actual)
        if len(differing) > MAX_DIFFS:
            print("\n(diffs of %d more files not shown)" % (len(differing) - MAX_DIFFS))
        print()
        print("data/catalog must be the output of tools/transcribe_standard.py: fix the script "
              "and rerun it, rather than editing the JSON by hand.")
        return 1


if __name__ == "__main__":
    sys.exit(main())
