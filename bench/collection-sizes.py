#!/usr/bin/env python3
"""Prints a Postman collection's size in MB and its largest request with its saved responses in KB.

The request is measured as the generator writes it (indented JSON), used by bench/run row 5.
Usage: bench/collection-sizes.py COLLECTION
"""
import json
import os
import sys


def requests(items):
    for item in items:
        if "item" in item:
            yield from requests(item["item"])
        else:
            yield item


path = sys.argv[1]
with open(path, "rb") as f:
    collection = json.load(f)
largest = max((len(json.dumps(r, indent=2, ensure_ascii=False).encode()) for r in requests(collection["item"])),
              default=0)
print(f"{os.path.getsize(path) / 1e6:.1f} {largest / 1000:.0f}")
