#!/usr/bin/python3
# Structural edits in real LibreOffice for the tests (tests/workbook/structuralEdits.test.ts): for
# each job, loads an .xlsx, deletes or inserts whole rows of one sheet as a person would, fully
# recalculates and saves it as .xlsx. Usage: unoEdit.py PROFILE_DIR JOBS_JSON, where JOBS_JSON is
# [{"in": path, "out": path, "sheet": name, "op": "delete"|"insert", "row": 1-based}, ...].
import json
import os
import sys

import uno

# the same headless soffice as the recalculation bench (it loads without recalculating; each job
# recalculates fully after its edit)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench"))
from recalc import connect, prop, stop  # noqa: E402


def main():
    profile, jobs = sys.argv[1], json.loads(sys.argv[2])
    proc, desktop = connect(profile)
    try:
        for job in jobs:
            url = uno.systemPathToFileUrl(os.path.abspath(job["in"]))
            doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
            sheet = doc.getSheets().getByName(job["sheet"])
            # the director's own edit: our sheets are protected without a password
            if sheet.isProtected():
                sheet.unprotect("")
            rows = sheet.getRows()
            if job["op"] == "delete":
                rows.removeByIndex(job["row"] - 1, 1)
            else:
                rows.insertByIndex(job["row"] - 1, 1)
            doc.calculateAll()
            out = uno.systemPathToFileUrl(os.path.abspath(job["out"]))
            doc.storeToURL(out, (prop("FilterName", "Calc MS Excel 2007 XML"),))
            doc.close(True)
    finally:
        stop(proc, desktop)


main()
