#!/usr/bin/python3
# Structural edits in real LibreOffice for the tests (tests/workbook/structuralEdits.test.ts): for
# each job, loads an .xlsx, deletes or inserts whole rows of one sheet as a person would, fully
# recalculates and saves it as .xlsx. Usage: unoEdit.py PROFILE_DIR JOBS_JSON, where JOBS_JSON is
# [{"in": path, "out": path, "sheet": name, "op": "delete"|"insert", "row": 1-based}, ...].
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    profile, jobs = sys.argv[1], json.loads(sys.argv[2])
    os.makedirs(os.path.join(profile, "user"), exist_ok=True)
    pipe = "gangze_edit_%d" % os.getpid()
    proc = subprocess.Popen(
        ["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
         "--nolockcheck", "--invisible", "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(900):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.1)
        else:
            raise SystemExit("soffice did not start")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
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
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            proc.wait(timeout=30)
        except Exception:
            proc.kill()


main()
