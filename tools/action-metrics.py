# SPDX-License-Identifier: MIT
"""Prints the figures the issue "Each action once" is measured by, so that a session can compare
before and after with the same counting: lines of the command line and the window, storage
transactions the window writes itself, messages written twice, repeated code, the largest class.
Run from anywhere: python3 tools/action-metrics.py"""
import pathlib
import re
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parent.parent
product = ("app", "ui", "services", "models")


def sources(folder):
    return sorted(p for p in (root / folder).rglob("*") if p.suffix in (".cpp", ".h", ".mm"))


def line_count(folder):
    return sum(len(p.read_text(errors="replace").splitlines()) for p in sources(folder))


def tr_strings(folder):
    """Messages as translators see them: the text and its disambiguation ("N" the key and "N" a
    number are two messages, each translated on its own)."""
    found = set()
    for p in sources(folder):
        text = p.read_text(errors="replace")
        # Adjacent literals are one message: join "a" "b" before matching.
        text = re.sub(r'"\s*\n\s*"', "", text)
        for source, comment in re.findall(r'\btr\(\s*"((?:[^"\\]|\\.)*)"(?:\s*,\s*"((?:[^"\\]|\\.)*)")?', text):
            found.add(source + (f"  [{comment}]" if comment else ""))
    return found


def store_posts(folder):
    return sum(len(re.findall(r"->post\(|\.post\(", p.read_text(errors="replace"))) for p in sources(folder))


def duplicate_pairs():
    try:
        out = subprocess.run(["duplicates", "--most", "200", "--seconds", "120"], cwd=root,
                             capture_output=True, text=True, timeout=300).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    pairs = 0
    for line in out.splitlines():
        match = re.match(r"D\d+ (\S+?):\S+ ~ (\S+?):\S+", line)
        if match and all(side.split("/")[0] in product for side in match.groups()):
            pairs += 1
    return pairs


def largest_class():
    """(public methods, lines of its .cpp files, name): public member functions declared in a
    header, counted at the class's own brace depth."""
    best = (0, 0, "")
    for header in (p for folder in product for p in sources(folder) if p.suffix == ".h"):
        text = header.read_text(errors="replace")
        for match in re.finditer(r"^class (\w+)\b[^;{]*\{", text, re.M):
            name, depth, public, methods = match.group(1), 1, False, 0
            for line in text[match.end():].splitlines():
                stripped = line.strip()
                if depth == 1:
                    if re.match(r"(public|public slots|signals|Q_SIGNALS)\s*:", stripped):
                        public = stripped.startswith("public")
                    elif re.match(r"(private|protected)( slots)?\s*:", stripped):
                        public = False
                    elif public and "(" in stripped and not stripped.startswith(("//", "Q_", "#")):
                        methods += 1
                depth += line.count("{") - line.count("}")
                if depth <= 0:
                    break
            if methods > best[0]:
                lines = sum(len(p.read_text(errors="replace").splitlines())
                            for folder in product for p in sources(folder)
                            if p.suffix == ".cpp" and f"{name}::" in p.read_text(errors="replace"))
                best = (methods, lines, name)
    return best


both = tr_strings("app") & tr_strings("ui")
print(f"lines in app/commands: {line_count('app/commands')}")
print(f"lines in ui: {line_count('ui')}")
print(f"store post() calls in ui: {store_posts('ui')}")
print(f"tr() strings in both app and ui: {len(both)}")
for text in sorted(both):
    print(f"    {text}")
pairs = duplicate_pairs()
print(f"duplicates pairs within product code: {'duplicates not found' if pairs is None else pairs}")
methods, lines, name = largest_class()
print(f"largest class: {name}, {methods} public methods, {lines} lines in the .cpp files that define it")
sys.exit(0)
