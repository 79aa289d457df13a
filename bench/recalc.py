#!/usr/bin/python3
# Recalculation timing of month workbooks in LibreOffice (npm run bench, issue 12 item 2).
# Starts a headless soffice with a fresh profile that loads .xlsx WITHOUT recalculating
# (OOXMLRecalcMode 1 = never), then for each file: times calculateAll() (a full recalculation),
# then a one-cell edit in 交办事项 (a 完成日期) and in 工作日志 (a 日期), each followed by
# calculate() (only the cells that depend on the edit). Prints one JSON line per file, with each
# figure as wall time and as soffice's CPU time (user + system, all threads): the machine is
# shared, and CPU time moves much less with other jobs' load than wall time does.
# Usage: recalc.py PROFILE_DIR FILE [FILE...] ; needs python3-uno (Debian) and soffice.
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

REGISTRY = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>1</value></prop></item>
</oor:items>
"""


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(profile):
    os.makedirs(os.path.join(profile, "user"), exist_ok=True)
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
        f.write(REGISTRY)
    pipe = "gangze_bench_%d" % os.getpid()
    proc = subprocess.Popen(
        [
            "soffice",
            "-env:UserInstallation=file://" + profile,
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--invisible",
            "--accept=pipe,name=%s;urp;" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    for _ in range(600):
        try:
            ctx = resolver.resolve(
                "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
            )
            break
        except Exception:
            time.sleep(0.1)
    else:
        proc.kill()
        raise SystemExit("soffice did not start")
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    return proc, desktop


TICK = os.sysconf("SC_CLK_TCK")


def soffice_cpu(profile):
    """CPU seconds used so far by the soffice.bin started with this profile (all its threads)."""
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                cmd = f.read().decode("utf-8", "replace")
            if "soffice.bin" not in cmd or profile not in cmd:
                continue
            with open("/proc/%s/stat" % pid) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except OSError:
            pass
    return total / TICK


class Clock:
    """Wall and soffice CPU time of a block."""

    def __init__(self, profile):
        self.profile = profile

    def __enter__(self):
        self.c0 = soffice_cpu(self.profile)
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.t0
        self.cpu = soffice_cpu(self.profile) - self.c0


def header_col(sheet, header):
    row = sheet.getCellRangeByName("A1:AZ1").getDataArray()[0]
    return list(row).index(header)


def edit_time(doc, profile, sheet_name, header, row, value):
    """Median of 3 edits of one cell (value, the original, value again), each then calculate()."""
    sheet = doc.getSheets().getByName(sheet_name)
    col = header_col(sheet, header)
    cell = sheet.getCellByPosition(col, row)
    original = cell.getValue()
    runs = []
    for v in (value, original, value):
        with Clock(profile) as c:
            cell.setValue(v)
            doc.calculate()
        runs.append(c)
    return sorted(runs, key=lambda c: c.wall)[1], sorted(c.cpu for c in runs)[1]


def main():
    profile = sys.argv[1]
    proc, desktop = connect(profile)
    try:
        for path in sys.argv[2:]:
            url = uno.systemPathToFileUrl(os.path.abspath(path))
            t0 = time.perf_counter()
            doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
            load = time.perf_counter() - t0
            doc.enableAutomaticCalculation(False)
            fulls, cpus = [], []
            while len(fulls) < 5 and sum(fulls) < 20:  # median of 5, or fewer when slow
                with Clock(profile) as c:
                    doc.calculateAll()
                fulls.append(c.wall)
                cpus.append(c.cpu)
            # 2026-10-20 as a serial (days since 1899-12-30); row 2 (index 1) holds a record
            serial = 46315.0
            task_edit = edit_time(doc, profile, "交办事项", "完成日期", 1, serial)
            log_edit = edit_time(doc, profile, "工作日志", "日期", 1, serial)
            doc.close(True)
            print(
                json.dumps(
                    {
                        "file": path,
                        "load": load,
                        "full": sorted(fulls)[len(fulls) // 2],
                        "fullRuns": fulls,
                        "fullCpu": sorted(cpus)[len(cpus) // 2],
                        # the least disturbed run: other sessions' load only ever adds time
                        "fullMin": min(fulls),
                        "fullCpuMin": min(cpus),
                        "taskEdit": task_edit[0].wall,
                        "taskEditCpu": task_edit[1],
                        "logEdit": log_edit[0].wall,
                        "logEditCpu": log_edit[1],
                        "loadavg": os.getloadavg()[0],
                    }
                ),
                flush=True,
            )
    finally:
        stop(proc, desktop)


def stop(proc, desktop):
    """Ends the soffice that connect() started."""
    try:
        desktop.terminate()
    except Exception:
        pass
    try:
        proc.wait(timeout=30)
    except Exception:
        proc.kill()


if __name__ == "__main__":  # tests/support/unoEdit.py imports connect() and stop()
    main()
