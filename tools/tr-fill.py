#!/usr/bin/env python3
"""Fill unfinished entries of a Qt .ts file from JSON dictionaries {source: translation}.

  tr-fill.py FILE.ts PAIRS.json [PAIRS.json ...]   fill, write back
  tr-fill.py --report FILE.ts                      list entries still unfinished (exit 0)
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def write(tree, path):
    root = tree.getroot()
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def unfinished(message):
    t = message.find("translation")
    if t is None:
        return False
    if t.get("type") == "unfinished":
        return True
    if message.get("numerus") == "yes":
        return not any((n.text or "").strip() for n in t.findall("numerusform"))
    return not (t.text or "").strip()


def main(argv):
    if len(argv) >= 2 and argv[0] == "--report":
        _, root = load(argv[1])
        missing = [(c.findtext("name"), m.findtext("source"))
                   for c in root.iter("context") for m in c.iter("message") if unfinished(m)]
        for ctx, src in missing:
            print(f"unfinished: [{ctx}] {src!r}")
        print(f"{len(missing)} unfinished")
        return 0
    if len(argv) < 2:
        print(__doc__)
        return 2
    ts = argv[0]
    pairs = {}
    for p in argv[1:]:
        with open(p, encoding="utf-8") as f:
            pairs.update(json.load(f))
    tree, root = load(ts)
    filled = 0
    for m in root.iter("message"):
        src = m.findtext("source")
        if src in pairs and unfinished(m):
            t = m.find("translation")
            if m.get("numerus") == "yes":
                for n in list(t):
                    t.remove(n)
                nf = ET.SubElement(t, "numerusform")
                nf.text = pairs[src]
            else:
                t.text = pairs[src]
            if "type" in t.attrib:
                del t.attrib["type"]
            filled += 1
    write(tree, ts)
    print(f"filled {filled}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
