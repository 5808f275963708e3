#!/usr/bin/env python3
"""List C++ functions longer than a limit (default 120 lines) in the given folders.

  tools/function-lengths.py [--limit N] DIR...    exit 1 when any function is longer than N lines

House style (.clang-format): a function's opening brace stands alone at the start of a line after its
signature, and its closing brace is the first "}" back at the signature's indentation. Lambdas and local
classes count towards the function that holds them. Lines are counted from the signature to the closing
brace inclusive.
"""
import os
import re
import sys

SIGNATURE_END = re.compile(r"\)\s*(const)?\s*(noexcept)?\s*(override)?\s*(->\s*[\w:<>, ]+)?\s*$")


def functions(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if stripped == "{" and i > 0:
            # Walk back over the signature (it may span several lines, or be a constructor's
            # initialiser list).
            j = i - 1
            while j > 0 and lines[j].strip() and not re.search(r"[;{}]\s*$", lines[j - 1]) \
                    and not lines[j - 1].strip().startswith(("//", "#")) and lines[j - 1].strip():
                j -= 1
            sig = " ".join(l.strip() for l in lines[j:i])
            if "(" in sig and not re.match(r"^(if|for|while|switch|else|do|try|catch)\b", sig) \
                    and not sig.startswith(("class ", "struct ", "namespace ", "enum ")) \
                    and (SIGNATURE_END.search(lines[i - 1].rstrip()) or lines[i - 1].strip().startswith((":", ","))
                         or re.search(r"\)\s*$", sig) or re.search(r"[)}]\s*$", lines[i - 1])):
                k = i + 1
                while k < len(lines):
                    l = lines[k]
                    if l.strip() == "}" or l.strip().startswith("};") and l.strip() == "};":
                        if len(l) - len(l.lstrip()) == indent:
                            break
                    k += 1
                name = re.sub(r"\s+", " ", sig)[:100]
                yield (j + 1, k - j + 1, name)
                i = k
        i += 1


def main(argv):
    limit = 120
    if argv[:1] == ["--limit"]:
        limit = int(argv[1])
        argv = argv[2:]
    long = []
    for root in argv:
        for dirpath, _, files in os.walk(root):
            for name in sorted(files):
                if name.endswith((".cpp", ".h")):
                    path = os.path.join(dirpath, name)
                    for line, length, sig in functions(path):
                        if length > limit:
                            long.append((length, path, line, sig))
    for length, path, line, sig in sorted(long, reverse=True):
        print(f"{path}:{line}: {length} lines: {sig}")
    print(f"{len(long)} functions over {limit} lines")
    return 1 if long else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
