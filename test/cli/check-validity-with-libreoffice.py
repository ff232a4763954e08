#!/usr/bin/python3
"""Types text into a workbook in real LibreOffice and asks LibreOffice itself which cells
break their data validation: opens it in a headless soffice, types each text into its cell
(UNO dispatcher, as fill-with-libreoffice.py does), then runs Calc's own validity check
(Tools > Detective > Mark Invalid Data, .uno:ShowInvalid), which circles every cell whose
content its validation refuses. Also reports each probed cell's validation as LibreOffice
read it from the file, and each probed row's height beside the height LibreOffice itself
would give it for its wrapped text (optimal height).

The dispatcher's EnterString skips the check a keyboard entry goes through (like a paste),
so the typed value stays in the cell: the detective's mark is LibreOffice's verdict on it.

Usage: check-validity-with-libreoffice.py PLAN.json   (prints the answer as JSON)
PLAN: {"input": path,
       "cells": [{"sheet": "Indicators", "cell": "D3", "text": "-5"}],
       "probe": [{"sheet": "Indicators", "cell": "D3"}],
       "rows": [{"sheet": "Indicators", "row": 3}]}
Runs Debian's python3-uno (/usr/bin/python3); soffice gets its own profile and pipe.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, office):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(300):
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except NoConnectException:
            if office.poll() is not None:
                raise RuntimeError("soffice stopped before accepting a connection")
            time.sleep(0.1)
    raise RuntimeError("could not connect to soffice")


def validation_of(cell):
    v = cell.Validation
    return {
        "type": v.Type.value,
        "operator": v.getOperator().value,
        "formula1": v.getFormula1(),
        "formula2": v.getFormula2(),
        "errorStyle": v.ErrorAlertStyle.value,
        "showError": bool(v.ShowErrorMessage),
        "errorTitle": v.ErrorTitle,
        "errorMessage": v.ErrorMessage,
        "showInput": bool(v.ShowInputMessage),
        "inputTitle": v.InputTitle,
        "inputMessage": v.InputMessage,
        "ignoreBlank": bool(v.IgnoreBlankCells),
    }


def circled_cells(sheet):
    """The cells the detective circled on a sheet: its ellipses, by the cell each is anchored to."""
    found = set()
    page = sheet.getDrawPage()
    for i in range(page.getCount()):
        shape = page.getByIndex(i)
        # The detective draws ellipses; other shapes (a note's caption) are no verdict.
        if shape.getShapeType() != "com.sun.star.drawing.EllipseShape":
            continue
        address = shape.Anchor.getCellAddress()
        found.add((address.Row, address.Column))
    return found


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        plan = json.load(f)
    # Each attempt is a fresh soffice: headless 7.4 now and then drops the UNO bridge after
    # the detective (DisposedException), which says nothing about the workbook.
    for attempt in range(3):
        try:
            json.dump(check(plan), sys.stdout)
            return
        except Exception as error:  # the bridge's exceptions are not one Python class
            if "disposed" not in str(error).lower() or attempt == 2:
                raise


def check(plan):
    profile = tempfile.mkdtemp(prefix="lo-uno-profile-")
    # A copy, so that no lock file is left beside the caller's workbook.
    work = tempfile.mkdtemp(prefix="lo-uno-work-")
    source = os.path.join(work, os.path.basename(plan["input"]))
    shutil.copyfile(plan["input"], source)
    pipe = "alliance_validity_%d" % os.getpid()
    office = subprocess.Popen(
        [
            "soffice",
            "-env:UserInstallation=file://" + profile,
            "--headless",
            "--invisible",
            "--norestore",
            "--nolockcheck",
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    doc = None
    desktop = None
    try:
        ctx = connect(pipe, office)
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
        if doc is None:
            raise RuntimeError("LibreOffice could not open " + plan["input"])
        frame = doc.getCurrentController().getFrame()
        sheets = doc.getSheets()

        def go(sheet, cell):
            address = "$'%s'.%s" % (sheet, cell)
            dispatcher.executeDispatch(frame, ".uno:GoToCell", "", 0, (prop("ToPoint", address),))

        # Heights first, as the file was given (soffice 7.4 drops the bridge when rows are
        # measured after the detective has run).
        rows = []
        for r in plan.get("rows", []):
            row = sheets.getByName(r["sheet"]).getRows().getByIndex(r["row"] - 1)
            height = row.Height
            row.OptimalHeight = True
            rows.append({"sheet": r["sheet"], "row": r["row"], "height": height, "optimal": row.Height})

        for entry in plan.get("cells", []):
            go(entry["sheet"], entry["cell"])
            dispatcher.executeDispatch(frame, ".uno:EnterString", "", 0, (prop("StringName", entry["text"]),))

        # What the cells hold and their validation, read before the detective runs: soffice
        # 7.4 sometimes drops the bridge on calls made after it (the caller then retries).
        probes = []
        for p in plan.get("probe", []):
            cell = sheets.getByName(p["sheet"]).getCellRangeByName(p["cell"])
            address = cell.getCellAddress()
            probes.append(
                {
                    "sheet": p["sheet"],
                    "cell": p["cell"],
                    "string": cell.getString(),
                    "at": (address.Row, address.Column),
                    "validation": validation_of(cell),
                }
            )

        # The detective marks the active sheet: visit each probed sheet, ask, and read its
        # marks before the next.
        marks = {}
        for name in sorted({p["sheet"] for p in probes}):
            go(name, "A1")
            dispatcher.executeDispatch(frame, ".uno:ShowInvalid", "", 0, ())
            marks[name] = circled_cells(sheets.getByName(name))
        for p in probes:
            p["invalid"] = p.pop("at") in marks[p["sheet"]]

        return {"probes": probes, "rows": rows}
    finally:
        # soffice may drop the bridge as it quits (DisposedException): no failure of the check.
        try:
            if doc is not None:
                doc.close(True)
            if desktop is not None:
                desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
            office.wait()
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
