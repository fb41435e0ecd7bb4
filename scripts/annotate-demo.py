#!/usr/bin/env python3
"""Adds the README screenshot's annotations to a project of the demo corpus, with the CLI.

annotate-demo.py CROSSREAD_BINARY PROJECT_FOLDER
Each annotation names its article by title and its span by a phrase of the text.
"""
import json
import subprocess
import sys

ANNOTATIONS = [
    ("Halcyon Labs unveils Orrery 3", "Tuesday, March 3, 2026", "Date",
     "Frontier Daily says Wednesday, March 4"),
    ("Halcyon Labs unveils Orrery 3", "scored 71.4 on ReasonBench Pro", "Benchmark claim",
     "Other outlets report 74.1"),
    ("Halcyon Labs unveils Orrery 3", "ranked the model second overall", "Benchmark claim", ""),
    ("Halcyon Labs unveils Orrery 3", "chief executive Mara Lindqvist said", "Attribution",
     "Bytewire attributes the quote to a spokesperson"),
    ("Halcyon Labs unveils Orrery 3", "cuts factual errors by 12%", "Benchmark claim",
     "Internal evaluation only"),
    ("Halcyon Labs unveils Orrery 3", "40,000 developers", "Figure conflict",
     "Bytewire: some 45,000"),
]


def run(binary, folder, *args):
    out = subprocess.run([binary, *args], cwd=folder, check=True, capture_output=True, text=True)
    return out.stdout


def main():
    binary, folder = sys.argv[1], sys.argv[2]
    articles = json.loads(run(binary, folder, "list", "--json"))
    for title, phrase, tag, note in ANNOTATIONS:
        article = next(a for a in articles if a["title"].startswith(title))
        text = json.loads(run(binary, folder, "show", str(article["id"]), "--json"))["text"]
        start = text.index(phrase)  # Python indexes code points, as the CLI does
        args = ["tag", str(article["id"]), "--range", f"{start}:{start + len(phrase)}", "--tag", tag]
        if note:
            args += ["--note", note]
        run(binary, folder, *args)


if __name__ == "__main__":
    main()
