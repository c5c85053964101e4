#!/usr/bin/env python3
"""Extracts every operation's example request and response from the SCP seed into SeedExamples.json.

Usage: extract_seed_examples.py ../../../../shared/seeds/003_current_versions_only.txt > SeedExamples.json
The contract test sends each request (with the overrides below) and compares the answer's shape.
"""
import json
import re
import sys

SPECIAL_NAMES = {
    "Create Usage Plans": "CreateUsagePlan",
    "Delete an API Key": "DeleteApiKey",
    "Set API Key Description": "SetApiKeyDescription",
}

# Where a seed example breaks its own model, the test sends what the model allows instead.
OVERRIDES = {
    "CreateAccessControl": ({"name": "denytest"}, "the example name 'DenyTest' breaks the model's lower-case pattern"),
    "CreateAuth": ({"name": "token01"}, "the example name 'Token01' breaks the model's lower-case pattern"),
    "ApprovePrivateLinkEndpoint": ({"type": "APPROVE"}, "the example type 'CANCEL' is not in the model's enum (APPROVE, REJECT)"),
    "ConnectPrivateLinkEndpoint": ({"type": "DISCONNECT"}, "the example type 'CANCEL' is not in the model's enum (DISCONNECT, RECONNECT)"),
    "CreateMethod": ({"method_type": "POST"}, "the shared test API already has GET on the resource"),
}

# Response models whose fields may be null ("any of [..., null]"); Encryption/Tag are left out because
# their generic field names (id, name) are never null elsewhere.
NULLABLE_SKIP_MODELS = {"Encryption", "Tag"}

# Arrays the seed's examples show only empty, with the model of their items: the test compares the
# emulator's items with an item built from that model, since an empty example has none to compare with.
EMPTY_ARRAY_ITEM_MODELS = {"api_keys": "ApiKey", "usage_plan_api_keys": "ApiKeyInStage"}


def sample(schema, example):
    """A value of the model row's JSON kind (the example text for strings)."""
    kind = re.sub(r"^any of \[(\w+).*$", r"\1", schema.strip()).split(" ")[0]
    if kind == "string":
        return example or "x"
    if kind in ("integer", "number"):
        return 0
    if kind == "boolean":
        return False
    raise ValueError(f"no sample for schema {schema!r}")


def read_json(lines, start):
    """Reads one JSON value starting at lines[start]; returns (value, next index)."""
    depth, buf, i = 0, [], start
    while i < len(lines):
        line = lines[i]
        buf.append(line)
        depth += line.count("{") + line.count("[") - line.count("}") - line.count("]")
        i += 1
        if depth == 0:
            break
    return json.loads("\n".join(buf)), i


def main(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    body_start = next(i for i, l in enumerate(lines) if l == "1 - API Gateway")
    ops, nullable, models = [], set(), {}
    i, title, model = body_start, None, None
    heading = re.compile(r"^(\d+)\.1\.(\d+) - (.+)$")
    model_heading = re.compile(r"^\d+\.2\.\d+ - (\w+)$")
    while i < len(lines):
        line = lines[i]
        m = heading.match(line)
        if m:
            title = m.group(3)
            i += 1
            continue
        mm = model_heading.match(line)
        if mm:
            model = mm.group(1)
        field = re.match(r"^\| (\w+) (?:required|optional) \| (.*?) \| ([^|]+) \|", line)
        if model and field:
            example = re.search(r"Example : (\S+)", field.group(2))
            models.setdefault(model, {})[field.group(1)] = (field.group(3), example.group(1) if example else None)
        if model and "Request" not in model and model not in NULLABLE_SKIP_MODELS:
            row = re.match(r"^\| (\w+) (required|optional) \|.*\| any of \[.*null\]", line)
            if row:
                nullable.add(row.group(1))
        verb = re.match(r"^(get|post|put|delete) (/v1/\S+)$", line)
        if verb and title:
            name = SPECIAL_NAMES.get(title, title.replace(" ", ""))
            op = {"operation": name, "title": title, "method": verb.group(1).upper(), "path": verb.group(2),
                  "query": None, "request": None, "status": None, "response": None}
            j = i + 1
            while j < len(lines) and not heading.match(lines[j]) and not lines[j].startswith("1.2 - ") and not lines[j].startswith("2.2 - "):
                if lines[j] == "Request path" and "?" in lines[j + 1]:
                    op["query"] = lines[j + 1].split("?", 1)[1]
                if lines[j] == "Request body":
                    op["request"], j = read_json(lines, j + 1)
                    continue
                status = re.match(r"^Response (\d{3})$", lines[j])
                if status:
                    op["status"] = int(status.group(1))
                    if j + 1 < len(lines) and lines[j + 1].startswith("{"):
                        op["response"], j = read_json(lines, j + 1)
                        continue
                j += 1
            if name in OVERRIDES:
                op["request_overrides"], op["override_reason"] = OVERRIDES[name]
            ops.append(op)
            title = None
            i = j
            continue
        i += 1
    json.dump({"source": "shared/seeds/003_current_versions_only.txt",
               "nullable_keys": sorted(nullable),
               "empty_array_items": {key: {"model": name, "item": {f: sample(*models[name][f]) for f in sorted(models[name])}}
                                     for key, name in sorted(EMPTY_ARRAY_ITEM_MODELS.items())},
               "operations": ops}, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
