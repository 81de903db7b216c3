#!/usr/bin/env python3
"""Makes a large OpenAPI spec for the benchmark: GitHub's paths copied COPIES times.

Each copy lives under its own path prefix (/copy1, /copy2, ...) and every operationId gets the
same suffix, so all operations stay distinct; components are shared, as in a real large spec.
Usage: make-large-spec.py GITHUB_SPEC OUT_FILE [COPIES=10]
"""
import json
import sys

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def main():
    source, target = sys.argv[1], sys.argv[2]
    copies = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    with open(source, encoding="utf-8") as f:
        spec = json.load(f)
    paths = {}
    operations = 0
    for n in range(1, copies + 1):
        for path, item in spec["paths"].items():
            copy = json.loads(json.dumps(item))
            for method in METHODS:
                op = copy.get(method)
                if op is None:
                    continue
                operations += 1
                if "operationId" in op:
                    op["operationId"] = f"{op['operationId']}-copy{n}"
            paths[f"/copy{n}{path}"] = copy
    spec["paths"] = paths
    spec["info"]["title"] = f"{spec['info']['title']} x{copies}"
    with open(target, "w", encoding="utf-8") as f:
        json.dump(spec, f, separators=(",", ":"))
    print(operations)


if __name__ == "__main__":
    main()
