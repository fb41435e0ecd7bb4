#!/usr/bin/env python3
"""Mutation smoke run: plants each small bug listed in tests/mutations/mutations.txt, one at a
time, rebuilds only the tests that should notice it (in a build folder of its own), runs them,
and puts the source back byte for byte, also on Ctrl+C or a failure. A mutation is caught when
at least one of its tests fails. Usage: mutate.py [--list] [--build DIR] [NAME...]"""

import argparse
import os
import re
import signal
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLE = os.path.join(ROOT, "tests", "mutations", "mutations.txt")
KEYS = ("name", "file", "from", "to", "tests")


def unescape(value):
    # The table holds one line per field: "⏎" stands for a line break, everything else is literal.
    return value.replace("⏎", "\n")


def read_table(path):
    mutations, current, problems = [], {}, []
    with open(path, encoding="utf-8") as table:
        for number, raw in enumerate(table, 1):
            line = raw.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if current:
                    mutations.append(current)
                current = {}
                continue
            key, sep, value = line.partition(": ")
            if not sep or key not in KEYS or key in current:
                problems.append(f"{path}:{number}: expected one of {', '.join(KEYS)} once per mutation")
                continue
            current[key] = value if key in ("name", "file", "tests") else unescape(value)
            current.setdefault("line", number)
    if current:
        mutations.append(current)
    for m in mutations:
        missing = [k for k in KEYS if k not in m]
        if missing:
            problems.append(f"{path}:{m['line']}: mutation lacks {', '.join(missing)}")
    names = [m.get("name") for m in mutations]
    for name in sorted({n for n in names if names.count(n) > 1}):
        problems.append(f"{path}: mutation name {name} is used twice")
    return mutations, problems


class Restorer:
    """Holds the original bytes of the file under mutation and writes them back exactly."""

    def __init__(self):
        self.path = None
        self.original = None

    def plant(self, path, original, mutated):
        self.path, self.original = path, original
        with open(path, "wb") as f:
            f.write(mutated)

    def restore(self):
        if self.path is not None:
            with open(self.path, "wb") as f:
                f.write(self.original)
            self.path = self.original = None


def run(cmd, log):
    with open(log, "ab") as out:
        out.write(("\n$ " + " ".join(cmd) + "\n").encode())
        out.flush()
        return subprocess.run(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT).returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print the mutations' names, one a line")
    parser.add_argument("--table", default=TABLE, help="the list of mutations")
    parser.add_argument("--build", default=os.path.join(ROOT, "build-mutate"), help="build folder of its own")
    parser.add_argument("--jobs", default=os.environ.get("JOBS", "2"))
    parser.add_argument("names", nargs="*", help="run only these mutations")
    args = parser.parse_args()

    mutations, problems = read_table(args.table)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    if args.list:
        for m in mutations:
            print(m["name"])
        return 0
    if args.names:
        unknown = sorted(set(args.names) - {m["name"] for m in mutations})
        if unknown:
            print("no such mutation: " + ", ".join(unknown), file=sys.stderr)
            return 2
        mutations = [m for m in mutations if m["name"] in args.names]

    build = os.path.abspath(args.build)
    log = os.path.join(build, "mutate.log")
    os.makedirs(build, exist_ok=True)
    open(log, "w").close()
    restorer = Restorer()

    def interrupted(signum, _frame):
        restorer.restore()
        print(f"\ninterrupted (signal {signum}); the source is restored", file=sys.stderr)
        sys.exit(130)

    signal.signal(signal.SIGINT, interrupted)
    signal.signal(signal.SIGTERM, interrupted)
    signal.signal(signal.SIGHUP, interrupted)

    if not os.path.exists(os.path.join(build, "build.ninja")):
        print(f"configuring {build} ...", flush=True)
        if run(["cmake", "-S", ROOT, "-B", build, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release"], log):
            print(f"cmake failed; see {log}", file=sys.stderr)
            return 2
    targets = sorted({t for m in mutations for t in m["tests"].split()})
    # tst_cli and tst_concurrency run the program itself.
    if any(t in ("tst_cli", "tst_concurrency") for t in targets):
        targets.append("crossread")
    print(f"building {len(targets)} targets unmutated in {build} ...", flush=True)
    if run(["cmake", "--build", build, "-j", args.jobs, "--target", *targets], log):
        print(f"the unmutated build fails; see {log}", file=sys.stderr)
        return 2

    caught, survivors, errors = [], [], []
    started = time.monotonic()
    try:
        for m in mutations:
            name, path = m["name"], os.path.join(ROOT, m["file"])
            try:
                with open(path, "rb") as f:
                    original = f.read()
            except OSError as e:
                errors.append(name)
                print(f"ERROR    {name}: cannot read {m['file']} ({e.strerror}); update the table")
                continue
            needle = m["from"].encode()
            count = original.count(needle)
            if count != 1:
                errors.append(name)
                why = "no longer in" if count == 0 else f"found {count} times in"
                print(f"ERROR    {name}: its original text is {why} {m['file']}; update the table")
                continue
            tests = m["tests"].split()
            extra = ["crossread"] if any(t in ("tst_cli", "tst_concurrency") for t in tests) else []
            t0 = time.monotonic()
            restorer.plant(path, original, original.replace(needle, m["to"].encode()))
            try:
                built = run(["cmake", "--build", build, "-j", args.jobs, "--target", *tests, *extra], log) == 0
                failed = None
                if built:
                    pattern = "^(" + "|".join(re.escape(t) for t in tests) + ")$"
                    env_cmd = ["ctest", "--test-dir", build, "-R", pattern, "-j", args.jobs, "--output-on-failure"]
                    failed = run(env_cmd, log) != 0
            finally:
                restorer.restore()
            seconds = time.monotonic() - t0
            if not built:
                errors.append(name)
                print(f"ERROR    {name}: the mutated source does not build ({seconds:.0f} s); see {log}")
            elif failed:
                caught.append(name)
                print(f"caught   {name} ({seconds:.0f} s, {' '.join(tests)})", flush=True)
            else:
                survivors.append(name)
                print(f"SURVIVED {name} ({seconds:.0f} s, {' '.join(tests)})", flush=True)
    finally:
        restorer.restore()

    minutes = (time.monotonic() - started) / 60
    print(f"\n{len(mutations)} mutations, {len(caught)} caught ({minutes:.1f} min)")
    if survivors:
        print("survivors: " + ", ".join(survivors))
    if errors:
        print("errors: " + ", ".join(errors))
    return 0 if len(caught) == len(mutations) else 1


if __name__ == "__main__":
    sys.exit(main())
