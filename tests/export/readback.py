#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a workbook back as a reader would, for the export tests: prints JSON with, per sheet, the frozen
pane, the autofilter range and every cell (its value, its type and its number format); with --shown, the
text LibreOffice shows for each cell (its CSV export "as shown"), one sheet only."""
import datetime
import json
import os
import subprocess
import sys
import tempfile


def cells(path):
    import openpyxl

    workbook = openpyxl.load_workbook(path)
    result = {"properties": {"title": workbook.properties.title, "subject": workbook.properties.subject,
                             "created": str(workbook.properties.created)}, "sheets": {}}
    for sheet in workbook.worksheets:
        rows = []
        for row in sheet.iter_rows():
            out = []
            for cell in row:
                value = cell.value
                kind = type(value).__name__
                if isinstance(value, (datetime.datetime, datetime.date)):
                    value = value.isoformat()
                out.append({"value": value, "type": kind, "format": cell.number_format, "bold": bool(cell.font.b)})
            rows.append(out)
        result["sheets"][sheet.title] = {"freeze": sheet.freeze_panes, "filter": sheet.auto_filter.ref,
                                         "widths": {k: v.width for k, v in sheet.column_dimensions.items()},
                                         "rows": rows}
    return result


def shown(path):
    with tempfile.TemporaryDirectory() as home:
        subprocess.run(["soffice", "--headless", "--convert-to",
                        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", "--outdir", home, path],
                       check=True, capture_output=True, env=dict(os.environ, HOME=home))
        name = os.path.splitext(os.path.basename(path))[0] + ".csv"
        import csv
        with open(os.path.join(home, name), encoding="utf-8") as csv_file:
            return list(csv.reader(csv_file))


if __name__ == "__main__":
    if sys.argv[1] == "--shown":
        print(json.dumps(shown(sys.argv[2]), ensure_ascii=False))
    else:
        print(json.dumps(cells(sys.argv[1]), ensure_ascii=False))
