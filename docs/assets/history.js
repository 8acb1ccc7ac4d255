/* Versions of a policy, all from data already in the page (nothing is fetched):
   - an old address of a renumbered clause (#clause-2-3) moves to the clause's new one;
   - on an archived version, the banner's link leads to the same clause in the current version;
   - "Which version was in force on": a date picks a row of the version table;
   - on a change log, two version pickers open the comparison of those versions.
   Without JavaScript the old anchors still scroll to the clause, the banner links to the current
   version, the version table lists the dates and the change log lists every comparison. */

function clauseNumber(anchor) {
  return anchor.replace(/^clause-/, "").replace(/-/g, ".");
}

/* The address's #fragment as an id; "" for one that is not valid percent-encoding (#%E0%A4%A),
   which would otherwise throw and stop the rest of this script. */
function addressId() {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return "";
  }
}

function targetOfAddress() {
  const id = addressId();
  return id ? document.getElementById(id) : null;
}

function forwardOldAnchor() {
  const target = targetOfAddress();
  if (!target || !target.classList.contains("old-anchor")) return;
  const clause = document.getElementById(target.dataset.forward);
  if (!clause) return;
  const note = document.createElement("p");
  note.className = "forward-note";
  note.setAttribute("role", "status");
  note.textContent =
    "You followed a link to clause " + clauseNumber(target.id) + " of an earlier version: " +
    "it is now clause " + clauseNumber(clause.id) + ".";
  clause.querySelector(":scope > .forward-note")?.remove();
  clause.prepend(note);
  location.replace("#" + clause.id); // no new history entry; :target moves to the clause
}

/* A link made by "Copy link" carries its version (?v=1.0#clause-2-1). The page's #clause-history
   says where each earlier version's renumbered clauses are now: the link goes to the same clause,
   with a note, whatever its number is now. Once the link's version is known, the notes for links
   without one (.renumber-note) are hidden. */
function clauseHistory() {
  const data = document.getElementById("clause-history");
  return data ? JSON.parse(data.textContent) : null;
}

function followVersionedLink() {
  const history = clauseHistory();
  const version = new URLSearchParams(location.search).get("v");
  const id = addressId();
  if (!history || !version || !id.startsWith("clause-") || !history.versions.includes(version)) return;
  const body = document.querySelector(".policy-body");
  body.classList.add("link-version-known");
  const moved = history.moved[version] || {};
  if (version === history.current || !(id in moved)) return; // the same clause under the same number
  // From here on the address names the current version, so a reload does not move it again.
  window.history.replaceState(null, "", location.pathname + "?v=" + encodeURIComponent(history.current) + location.hash);
  const note = document.createElement("p");
  note.className = "forward-note";
  note.setAttribute("role", "status");
  const now = moved[id];
  if (now === null) {
    note.id = "removed-clause-note";
    note.append(
      "You followed a link to clause " + clauseNumber(id) + " of version " + version +
      ", which a later review removed: ",
    );
    const link = document.createElement("a");
    link.href = version + "/#" + id;
    link.textContent = "read it in version " + version;
    note.append(link, ".");
    body.querySelector(":scope > #removed-clause-note")?.remove();
    body.prepend(note);
    location.replace("#" + note.id);
    return;
  }
  const clause = document.getElementById(now);
  if (!clause) return;
  note.textContent =
    "You followed a link to clause " + clauseNumber(id) + " of version " + version + ": " +
    "it is now clause " + clauseNumber(now) + ".";
  clause.querySelector(":scope > .forward-note")?.remove();
  clause.prepend(note);
  location.replace("#" + now);
}

function pointBannerAtClause() {
  const banner = document.querySelector(".superseded-banner");
  const link = banner?.querySelector("a.superseded-current-link");
  if (!link) return;
  const current = banner.dataset.currentVersion;
  const base = link.getAttribute("href").split("#")[0];
  const clause = targetOfAddress()?.closest(".clause[data-current-anchor]");
  if (!clause) {
    link.href = base;
    link.textContent = "Read the current version (" + current + ")";
    return;
  }
  const here = clauseNumber(clause.id);
  const there = clause.dataset.currentAnchor;
  link.href = there ? base + "#" + there : base;
  link.textContent = there
    ? "Read clause " + here + " as it is now: clause " + clauseNumber(there) + " of the current version (" + current + ")"
    : "Clause " + here + " is not in the current version (" + current + "): read the current version";
}

function longDate(isoDay) {
  return new Date(isoDay + "T00:00:00Z").toLocaleDateString("en-GB", {
    day: "numeric", month: "long", year: "numeric", timeZone: "UTC",
  });
}

function setUpVersionOnDate() {
  const form = document.querySelector("form.version-on-date");
  const rows = [...document.querySelectorAll(".policy-versions table tbody tr")];
  if (!form || !rows.length) return;
  const input = form.querySelector("input[type=date]");
  const output = form.querySelector("output");
  const periods = rows.map((row) => ({
    row,
    from: row.cells[1].querySelector("time")?.dateTime,
    until: row.cells[2].querySelector("time")?.dateTime,
  }));
  const starts = periods.map((p) => p.from).filter(Boolean).sort();
  if (starts.length) input.min = starts[0];
  form.hidden = false;
  form.addEventListener("submit", (event) => event.preventDefault());
  input.addEventListener("change", () => {
    const day = input.value;
    rows.forEach((row) => row.classList.remove("is-in-force"));
    output.replaceChildren();
    if (!day) return;
    const found = periods.find((p) => p.from && p.from <= day && (!p.until || day <= p.until));
    if (!found) {
      output.textContent = "No version of this policy was in force on " + longDate(day) + ".";
      return;
    }
    found.row.classList.add("is-in-force");
    const version = found.row.cells[0].cloneNode(true);
    output.append("On " + longDate(day) + " the version in force was ", ...version.childNodes, ".");
  });
}

function setUpCompareVersions() {
  const form = document.querySelector("form.compare-versions");
  if (!form) return;
  const from = form.elements.from;
  const to = form.elements.to;
  const output = form.querySelector("output");
  const versions = [...from.options].map((option) => option.value);
  from.value = versions[versions.length - 2];
  to.value = versions[versions.length - 1];
  form.hidden = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const [older, newer] = [versions.indexOf(from.value), versions.indexOf(to.value)].sort((a, b) => a - b);
    if (older === newer) {
      output.textContent = "Pick two different versions.";
      return;
    }
    output.textContent = "";
    location.hash = newer === older + 1
      ? "version-" + versions[newer]
      : "compare-" + versions[older] + "-" + versions[newer];
  });
}

function setUpHistory() {
  followVersionedLink();
  forwardOldAnchor();
  pointBannerAtClause();
  setUpVersionOnDate();
  setUpCompareVersions();
}

window.addEventListener("hashchange", () => {
  forwardOldAnchor();
  pointBannerAtClause();
});

if (typeof document$ !== "undefined") {
  document$.subscribe(setUpHistory);
} else {
  document.addEventListener("DOMContentLoaded", setUpHistory);
}
