#!/usr/bin/env python3
"""Regenerates seed-operations.json from the SCP API seed: for every operation its method,
path, request schema, documented example request body, success status and example answer.
Usage: extract_seed_operations.py ../shared/seeds/003_current_versions_only.txt > seed-operations.json"""
import json
import re
import sys

lines = open(sys.argv[1], encoding="utf-8").read().split("\n")


def read_json(start):
    """Reads the JSON value that starts at line `start`; returns it and the next line index."""
    text, depth, index = [], 0, start
    while index < len(lines):
        line = lines[index]
        text.append(line)
        depth += line.count("{") + line.count("[") - line.count("}") - line.count("]")
        index += 1
        if depth == 0:
            break
    return json.loads("\n".join(text)), index


operations = []
for i, line in enumerate(lines):
    match = re.match(r"^(get|post|put|delete|patch) (/\S+)$", line)
    if not match:
        continue
    heading = lines[i - 1]
    if re.match(r"^[\d.]+ - 1\.\d$", heading):  # a version sub-heading: the title is one up
        heading = lines[i - 2]
    op = {"title": heading.split(" - ", 1)[1], "method": match.group(1).upper(), "path": match.group(2)}
    j = i + 1
    while j < len(lines) and not re.match(r"^[\d.]+ - ", lines[j]):
        if lines[j].startswith("| body"):
            op["requestSchema"] = [c.strip() for c in lines[j].split("|")][3]
        if lines[j] == "Request body":
            op["requestBody"], j = read_json(j + 1)
            continue
        status = re.match(r"^Response (\d{3})$", lines[j])
        if status:
            op["status"] = int(status.group(1))
            if j + 1 < len(lines) and lines[j + 1].startswith("{"):
                op["responseBody"], j = read_json(j + 1)
                continue
        if lines[j] == "Request path":
            op["examplePath"] = lines[j + 1]
        j += 1
    operations.append(op)

json.dump(operations, sys.stdout, indent=1, ensure_ascii=False)
