#!/usr/bin/python3
"""Fills a workbook in real LibreOffice, the way a person does: opens it in a headless
soffice, goes to each cell and types the text (so LibreOffice itself decides whether
"120" is a number, "yes" text, and honours the cells' formats), then saves it as .xlsx.

Usage: fill-with-libreoffice.py PLAN.json
PLAN: {"input": path, "output": path, "cells": [{"sheet": "Indicators", "cell": "D3", "text": "120"}]}
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


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        plan = json.load(f)
    profile = tempfile.mkdtemp(prefix="lo-uno-profile-")
    pipe = "alliance_fill_%d" % os.getpid()
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
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(300):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except NoConnectException:
                if office.poll() is not None:
                    raise RuntimeError("soffice stopped before accepting a connection")
                time.sleep(0.1)
        if ctx is None:
            raise RuntimeError("could not connect to soffice")
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        doc = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(os.path.abspath(plan["input"])), "_blank", 0, (prop("Hidden", True),)
        )
        frame = doc.getCurrentController().getFrame()
        for entry in plan["cells"]:
            address = "$'%s'.%s" % (entry["sheet"], entry["cell"])
            dispatcher.executeDispatch(frame, ".uno:GoToCell", "", 0, (prop("ToPoint", address),))
            dispatcher.executeDispatch(frame, ".uno:EnterString", "", 0, (prop("StringName", entry["text"]),))
        doc.storeToURL(
            uno.systemPathToFileUrl(os.path.abspath(plan["output"])),
            (prop("FilterName", "Calc MS Excel 2007 XML"),),
        )
        # The file is stored: from here on, soffice may drop the bridge as it quits
        # (DisposedException), which is no failure of the fill.
        try:
            doc.close(True)
            desktop.terminate()
        except Exception:
            pass
        if not os.path.getsize(plan["output"]):
            raise RuntimeError("LibreOffice wrote an empty file")
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
            office.wait()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
