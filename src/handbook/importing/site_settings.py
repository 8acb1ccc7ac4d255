"""A website's settings at the top of a Markdown page (its front matter, as static-site generators write it: YAML
between ``---`` lines for Jekyll, Eleventy and MkDocs, TOML between ``+++`` lines for Hugo and Zola, a JSON object
for Hugo, or "key: value"
lines over a ``---`` with no opening line, as some site apps read them): the facts of the policy they state, and the
rest left out and reported (handbook.importing.web_markdown, which reads the page)."""

from __future__ import annotations

import json
import re
import tomllib
from datetime import date

import yaml

# Front-matter settings that state a fact of the policy, and the fact: "review_in: 6 months", a GLEP's "Version: 2",
# "status: draft", Hugo's "draft: true" (keys in any case); a page's "description", as GitBook writes "Version 1.0 |
# This Policy was approved on 01 March 2022.", is read for the facts it states, as the text's lines are (facts.py),
# and so are the "lead" and "summary" themes show under the title ("This policy governs the use of AI tools at
# fortrabbit. It applies to all employees, contractors, and affiliated parties."), and pandoc's "subtitle" ("Version
# 1.3")
_SETTINGS = {"title": "title", "review_in": "review_every", "review_every": "review_every", "owner": "owner",
             "description": "description", "lead": "description", "summary": "description", "subtitle": "description",
             "version": "version",
             "status": "document_status"}
# A copyright notice kept as a comment in the front matter ("# SPDX-FileCopyrightText: 2019-2024 The Foundation
# for Public Code <info@publiccode.net>", as the REUSE convention writes it), or as pandoc's "copyright" setting
# ("Copyright 2024 CA/Browser Forum", over the licence's words): whose the page is
_COPYRIGHT_COMMENT = re.compile(r"^\s*#\s*(?P<v>(?:SPDX-FileCopyrightText|Copyright)\b.+)$", re.I)
# Front matter as static-site generators write it: YAML between "---" lines (Jekyll, Eleventy, MkDocs),
# TOML between "+++" lines (Hugo, Zola): its opening line, its closing lines and its reader
_FRONT_MATTER = {"---": (("---", "..."), yaml.safe_load), "+++": (("+++",), tomllib.loads)}
# Front matter some site apps read with no opening line: "title: Privacy" then "---" (a Flask site's pages);
# its keys are written in lower case, as settings are, not as a document's own "Title: ..." line under a rule
_SETTING_LINE = re.compile(r"^[a-z_][a-z0-9_-]*:(?:\s|$)")
_REVISIONS_KEY = re.compile(r"(?i:revisions|revision_history|version_history|versions|history|changes)")
_SETTING_BY_LINE = re.compile(r"^(?P<key>[a-z_][a-z0-9_-]*):(?:\s+(?P<value>.*))?$")  # settings' keys: lower case


def site_settings(lines: list[str], notes: list[str]) -> dict[str, str]:
    """The facts the page's front matter states, as properties ({"title": ..., "document_status": "draft"}); its lines
    are left blank in ``lines`` (line numbers kept) and what was done is added to ``notes``."""
    opening = lines[0].strip() if lines else ""
    headless = _headless_front_matter(lines)
    if opening.startswith("{") and (as_json := _json_front_matter(lines)):
        end, settings = as_json
        return _settings_read(settings, lines, end, notes, {})
    if opening not in _FRONT_MATTER and not headless:
        return {}
    closing, parse = _FRONT_MATTER["---"] if headless else _FRONT_MATTER[opening]
    end = headless or next((i for i, line in enumerate(lines[1:], start=1) if line.strip() in closing), None)
    if end is None:
        return {}
    properties: dict[str, str] = {}
    block = lines[0 if headless else 1:end]
    try:
        settings = parse("\n".join(block))
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as error:
        settings = _settings_by_line(block) if parse is yaml.safe_load else None
        if settings is not None:
            mark = getattr(error, "problem_mark", None)
            where = f"line {mark.line + 1 + (0 if headless else 1)}" if mark else f"lines 1-{end + 1}"
            problem = getattr(error, "problem", None) or "unreadable"
            notes.append(f"{where}: the website's settings (front matter) are not valid YAML ({problem}); read line by "
                         "line as 'key: value'")
    if notice := next((m["v"].strip() for line in lines[1:end] if (m := _COPYRIGHT_COMMENT.match(line))), None):
        properties["copyright"] = notice
    return _settings_read(settings, lines, end, notes, properties)


def _settings_read(settings: object, lines: list[str], end: int, notes: list[str],
                   properties: dict[str, str]) -> dict[str, str]:
    """``properties`` with the facts ``settings`` state, the front matter's lines (to ``end``) left blank."""
    if not isinstance(settings, dict):
        return properties
    settings = {str(key).casefold(): value for key, value in settings.items()}
    for key, name in _SETTINGS.items():
        if isinstance(settings.get(key), str | int | float) and str(settings[key]).strip():
            value = " ".join(str(settings[key]).split())
            if name == "description" and name in properties:
                value = properties.pop(name) + f" | {value}"
            properties.setdefault(name, value)
    if version := _latest_revision(settings):
        properties.setdefault("version", version)
    if isinstance(notice := settings.get("copyright"), str) and notice.strip():  # its first line, not the licence's
        properties.setdefault("copyright", notice.strip().splitlines()[0].strip())
    if settings.get("draft") is True:  # Hugo's and Jekyll's page not yet published
        properties.setdefault("document_status", "draft")
    notes.append(f"lines 1-{end + 1}: the website's settings (front matter) were left out")
    lines[: end + 1] = [""] * (end + 1)
    return properties


def _json_front_matter(lines: list[str]) -> tuple[int, dict] | None:
    """(the index of its closing line, the settings) of a JSON object opening the page, as Hugo reads front matter
    ('{ "title": "Vortragsordnung", ... }'), where the object ends its line; else None ("{name} is replaced ...")."""
    text = "\n".join(lines)
    try:
        settings, stop = json.JSONDecoder().raw_decode(text)
    except ValueError:
        return None
    line_end = text.find("\n", stop)
    if not isinstance(settings, dict) or text[stop:line_end if line_end >= 0 else None].strip():
        return None
    return text.count("\n", 0, stop), settings


def _latest_revision(settings: dict) -> str | None:
    """The version of the latest revision a page's settings list, as a document's issue sheet gives them
    ("issuesheet: revisions: - version: '1.1' date: 2024-01-14 ..."): the latest dated, else the first listed."""
    for key, value in settings.items():
        if isinstance(value, dict) and (found := _latest_revision(value)):
            return found
        if _REVISIONS_KEY.fullmatch(str(key)) and isinstance(value, list):
            rows = [row for row in value if isinstance(row, dict) and str(row.get("version", "")).strip()]
            dated = [row for row in rows if isinstance(row.get("date"), date)]
            # (by the day: YAML reads "2024-01-14" as a date and "2024-01-14 10:00" as a datetime, which do not compare)
            latest = max(dated, key=lambda row: row["date"].timetuple()[:3]) if dated else rows[0] if rows else None
            if latest:
                return str(latest["version"]).strip()
    return None


def _settings_by_line(lines: list[str]) -> dict[str, str] | None:
    """Front matter YAML refuses, read as site generators' simpler readers do, a "key: value" a line: "title:
    Central funding and recharge policy: Platform Services" (a colon in an unquoted value); None unless every
    line is a setting's, a comment or blank."""
    settings = {}
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not (match := _SETTING_BY_LINE.match(line)):
            return None
        settings[match["key"]] = (match["value"] or "").strip().strip("\"'")
    return settings or None


def _headless_front_matter(lines: list[str]) -> int | None:
    """The index of the "---" line that closes front matter written without its opening line ("title: Privacy"
    over "---"), if the file starts so; else None. Only settings' lines, in lower case, come before it."""
    end = next((i for i, line in enumerate(lines[:30]) if not _SETTING_LINE.match(line)), None)
    if not end or lines[end].strip() != "---":
        return None
    try:
        settings = yaml.safe_load("\n".join(lines[:end]))
    except yaml.YAMLError:
        return None
    return end if isinstance(settings, dict) and any(key in settings for key in _SETTINGS) else None
