#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns the ifsc package's IFSC.json and banknames.json into one compact text file.

One line per bank: CODE<TAB>Bank name<TAB>numeric branch ranges<TAB>other branch codes
  numeric ranges: "1-20,22,25-30" (branch code 000001 is 1)
  other codes: space-separated 6-character branch codes that are not all digits
Lines starting with # are comments."""
import json
import sys


def ranges(numbers):
    numbers = sorted(set(numbers))
    out = []
    start = prev = None
    for n in numbers:
        if start is None:
            start = prev = n
        elif n == prev + 1:
            prev = n
        else:
            out.append(str(start) if start == prev else f"{start}-{prev}")
            start = prev = n
    if start is not None:
        out.append(str(start) if start == prev else f"{start}-{prev}")
    return ",".join(out)


def main():
    branches = json.load(open(sys.argv[1], encoding="utf-8"))
    names = json.load(open(sys.argv[2], encoding="utf-8"))
    version = sys.argv[3]
    print(f"# Bank codes and branch codes from the npm package ifsc {version} (MIT, Razorpay).")
    print("# CODE<TAB>name<TAB>numeric branch ranges<TAB>other branch codes. See LICENSE.ifsc.")
    for code in sorted(branches):
        numeric = [b for b in branches[code] if isinstance(b, int)]
        other = sorted(b for b in branches[code] if isinstance(b, str))
        name = names.get(code, code).replace("\t", " ")
        print(f"{code}\t{name}\t{ranges(numeric)}\t{' '.join(other)}")


main()
