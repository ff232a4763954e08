#!/usr/bin/python3
"""PDF/UA-1 checks for the project's PDFs (a subset of the Matterhorn protocol, the failures
that matter to a screen-reader user), with pikepdf (Debian's python3-pikepdf).

    /usr/bin/python3 scripts/pdf-ua-check.py FILE_OR_FOLDER... [--json]

Walks the structure tree and every page's content stream (and the forms it paints). A file
fails on: no structure tree or MarkInfo /Marked; painted content (text, paths, images,
shadings, forms) outside marked content, or in marked content that is neither an artifact
nor referenced by the structure tree; a Figure without /Alt or /ActualText; a TH without
/Scope; a skipped heading level (H1, H2, H3 in order, never H1 then H3); a link annotation
that is not in a Link element or has no /Contents; no PDF/UA identifier, dc:title,
DisplayDocTitle or /Lang; a font without an embedded font file.

Prints one line per problem (at most 20 per kind and file, then a count) and exits 1 if any
file has one; `--json` prints {file: {kind: [messages]}} instead.
"""
import json
import os
import re
import sys

import pikepdf
from pikepdf import Name

PAINT = {"Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "EI", "INLINE IMAGE"}
# Only these come back from the parser: the rest (positions, colours, path building) cannot
# paint, and skipping them makes the walk several times faster.
WANTED = " ".join(sorted(PAINT - {"INLINE IMAGE"} | {"BMC", "BDC", "EMC"}))
LIMIT = 20


class Report:
    def __init__(self):
        self.problems = {}

    def add(self, kind, message):
        self.problems.setdefault(kind, []).append(message)


def resolve_role(role, role_map):
    """A structure type through the RoleMap, as a bare name ("P", "Link")."""
    role = role.lstrip("/")
    seen = set()
    while role_map is not None and ("/" + role) in role_map and role not in seen:
        seen.add(role)
        mapped = role_map["/" + role]
        if not isinstance(mapped, Name):
            break
        role = str(mapped).lstrip("/")
    return role


def elem_type(elem, role_map):
    s = elem.get("/S")
    return resolve_role(str(s), role_map) if s is not None else None


def has_scope(elem):
    attrs = elem.get("/A")
    if attrs is None:
        return False
    items = attrs if isinstance(attrs, pikepdf.Array) else [attrs]
    for a in items:
        if isinstance(a, pikepdf.Dictionary) and "/Scope" in a:
            return True
    return False


def text_of(value):
    try:
        return str(value)
    except Exception:
        return ""


def walk_structure(pdf, report):
    root = pdf.Root
    tree = root.get("/StructTreeRoot")
    mark = root.get("/MarkInfo")
    if mark is None or not bool(mark.get("/Marked", False)):
        report.add("no-markinfo", "no /MarkInfo << /Marked true >> in the catalogue")
    if tree is None:
        report.add("no-struct-tree", "no /StructTreeRoot in the catalogue")
        return set(), {}
    role_map = tree.get("/RoleMap")
    referenced = set()  # (page objgen, mcid) the tree points at
    annots_in_link = {}  # annotation objgen -> element type holding it
    page_of = {}
    for i, page in enumerate(pdf.pages):
        page_of[page.obj.objgen] = i + 1
    headings = []
    counts = {}

    def visit(elem, page_default, depth):
        if depth > 200:
            return
        t = elem_type(elem, role_map)
        counts[t] = counts.get(t, 0) + 1
        if t == "Figure" and "/Alt" not in elem and "/ActualText" not in elem:
            report.add("figure-no-alt", "a Figure without /Alt")
        if t == "Figure" and "/Alt" in elem and text_of(elem.Alt).strip() == "":
            report.add("figure-no-alt", "a Figure with an empty /Alt")
        if t == "TH" and not has_scope(elem):
            report.add("th-no-scope", "a TH without /Scope")
        if t and re.fullmatch(r"H[1-6]", t):
            headings.append(int(t[1]))
        pg = elem.get("/Pg", page_default)
        kids = elem.get("/K")
        if kids is None:
            return
        items = kids if isinstance(kids, pikepdf.Array) else [kids]
        for kid in items:
            if isinstance(kid, int):
                if pg is not None:
                    referenced.add((pg.objgen, int(kid)))
            elif isinstance(kid, pikepdf.Dictionary):
                ktype = kid.get("/Type")
                if ktype == Name.MCR:
                    kpg = kid.get("/Pg", pg)
                    if kpg is not None:
                        referenced.add((kpg.objgen, int(kid.MCID)))
                elif ktype == Name.OBJR:
                    obj = kid.get("/Obj")
                    if obj is not None:
                        annots_in_link[obj.objgen] = t
                elif "/S" in kid:
                    visit(kid, pg, depth + 1)

    k = tree.get("/K")
    if k is None:
        report.add("no-struct-tree", "the structure tree is empty")
    else:
        for kid in (k if isinstance(k, pikepdf.Array) else [k]):
            if isinstance(kid, pikepdf.Dictionary):
                visit(kid, None, 0)
    previous = 0
    for level in headings:
        if level > previous + 1:
            report.add("heading-skipped", f"H{level} after H{previous}" if previous else f"first heading is H{level}")
        previous = level
    return referenced, annots_in_link


def operations(stream_owner):
    try:
        return pikepdf.parse_content_stream(stream_owner, WANTED)
    except Exception as error:  # unreadable content is a failure too
        raise RuntimeError(f"content stream unreadable: {error}")


def check_content(pdf, page, page_no, referenced, report, forms_seen):
    stats = {"outside": 0, "unreferenced": 0}

    def run(owner, resources, stack, label, depth):
        if depth > 10:
            return
        for operands, operator in operations(owner):
            op = str(operator)
            if op in ("BMC", "BDC"):
                tag = str(operands[0])
                mcid = None
                if op == "BDC" and len(operands) > 1 and isinstance(operands[1], pikepdf.Dictionary):
                    if "/MCID" in operands[1]:
                        mcid = int(operands[1].MCID)
                stack.append((tag, mcid))
                continue
            if op == "EMC":
                if stack:
                    stack.pop()
                continue
            if op not in PAINT:
                continue
            if op == "Do" and resources is not None:
                xobjects = resources.get("/XObject")
                xobj = xobjects.get(operands[0]) if xobjects is not None else None
                if xobj is not None and xobj.get("/Subtype") == Name.Form:
                    marked = any(t == "/Artifact" or m is not None for t, m in stack)
                    if not marked:
                        stats["outside"] += 1
                        continue
                    key = xobj.objgen
                    if key in forms_seen:
                        continue
                    forms_seen.add(key)
                    run(xobj, xobj.get("/Resources", resources), list(stack), label, depth + 1)
                    continue
            if not stack:
                stats["outside"] += 1
                continue
            if any(t == "/Artifact" for t, _ in stack):
                continue
            mcids = [m for _, m in stack if m is not None]
            if not mcids:
                stats["outside"] += 1
            elif (page.obj.objgen, mcids[-1]) not in referenced:
                stats["unreferenced"] += 1

    run(page, page.get("/Resources"), [], f"page {page_no}", 0)
    if stats["outside"]:
        report.add("content-unmarked", f"page {page_no}: {stats['outside']} painting operators outside marked content")
    if stats["unreferenced"]:
        report.add(
            "content-untagged",
            f"page {page_no}: {stats['unreferenced']} painting operators in marked content the structure tree does not reference",
        )


def check_annotations(pdf, page, page_no, annots_in_link, report):
    annots = page.obj.get("/Annots")
    if annots is None:
        return
    has_link = False
    for annot in annots:
        if annot.get("/Subtype") != Name.Link:
            continue
        has_link = True
        holder = annots_in_link.get(annot.objgen)
        if holder != "Link":
            report.add("link-not-tagged", f"page {page_no}: a link annotation not in a Link element")
        contents = annot.get("/Contents")
        if contents is None or text_of(contents).strip() == "":
            report.add("link-no-description", f"page {page_no}: a link annotation without /Contents")
    if has_link and page.obj.get("/Tabs") != Name.S:
        report.add("tabs-not-structure", f"page {page_no}: links but no /Tabs /S")


def check_fonts(pdf, report):
    seen = set()

    def font_ok(font):
        subtype = font.get("/Subtype")
        if subtype == Name.Type3:
            return True
        if subtype == Name.Type0:
            descendants = font.get("/DescendantFonts")
            return all(font_ok(d) for d in descendants) if descendants is not None else False
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:
            return False
        return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))

    def visit_resources(resources, depth):
        if resources is None or depth > 10:
            return
        fonts = resources.get("/Font")
        if fonts is not None:
            for name, font in fonts.items():
                key = font.objgen
                if key in seen:
                    continue
                seen.add(key)
                if not font_ok(font):
                    report.add("font-not-embedded", f"font {font.get('/BaseFont', name)} is not embedded")
        xobjects = resources.get("/XObject")
        if xobjects is not None:
            for _, xobj in xobjects.items():
                if xobj.get("/Subtype") == Name.Form and xobj.objgen not in seen:
                    seen.add(xobj.objgen)
                    visit_resources(xobj.get("/Resources"), depth + 1)

    for page in pdf.pages:
        visit_resources(page.get("/Resources"), 0)


def check_metadata(pdf, report):
    root = pdf.Root
    lang = root.get("/Lang")
    if lang is None or text_of(lang).strip() == "":
        report.add("no-lang", "no document language (/Lang in the catalogue)")
    prefs = root.get("/ViewerPreferences")
    if prefs is None or not bool(prefs.get("/DisplayDocTitle", False)):
        report.add("no-display-doc-title", "no /ViewerPreferences << /DisplayDocTitle true >>")
    xmp = b""
    if "/Metadata" in root:
        try:
            xmp = root.Metadata.read_bytes()
        except Exception:
            xmp = b""
    text = xmp.decode("utf-8", "replace")
    if not re.search(r"pdfuaid:part(>\s*1\s*<|=\"1\")", text):
        report.add("no-pdfua-id", "no PDF/UA identifier (pdfuaid:part 1) in the XMP metadata")
    title = re.search(r"<dc:title>.*?<rdf:li[^>]*>([^<]*)</rdf:li>", text, re.S)
    if not title or not title.group(1).strip():
        report.add("no-title", "no dc:title in the XMP metadata")


def check_file(path):
    report = Report()
    with pikepdf.open(path) as pdf:
        check_metadata(pdf, report)
        referenced, annots_in_link = walk_structure(pdf, report)
        forms_seen = set()
        for i, page in enumerate(pdf.pages):
            try:
                check_content(pdf, page, i + 1, referenced, report, forms_seen)
            except RuntimeError as error:
                report.add("content-unreadable", f"page {i + 1}: {error}")
            check_annotations(pdf, page, i + 1, annots_in_link, report)
        check_fonts(pdf, report)
    return report.problems


def pdf_files(args):
    for arg in args:
        if os.path.isdir(arg):
            for folder, _, names in sorted(os.walk(arg)):
                for name in sorted(names):
                    if name.lower().endswith(".pdf"):
                        yield os.path.join(folder, name)
        else:
            yield arg


def main(argv):
    as_json = "--json" in argv
    files = list(pdf_files([a for a in argv if a != "--json"]))
    if not files:
        print("usage: pdf-ua-check.py FILE_OR_FOLDER... [--json]", file=sys.stderr)
        return 2
    results = {path: check_file(path) for path in files}
    failed = [p for p, problems in results.items() if problems]
    if as_json:
        print(json.dumps(results, indent=1, sort_keys=True))
    else:
        for path, problems in results.items():
            for kind, messages in sorted(problems.items()):
                for message in messages[:LIMIT]:
                    print(f"{path}: {kind}: {message}")
                if len(messages) > LIMIT:
                    print(f"{path}: {kind}: ... and {len(messages) - LIMIT} more")
        print(f"{len(files)} PDF(s) checked, {len(failed)} with problems", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
