/* Policy pages: "copy link" and "copy citation" on every clause, and review banners that turn
   up when the review date passes after the site was built; on every page, search as the letters
   are typed. Without JavaScript the clause
   numbers are still links and the page reads the same. */

function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    return navigator.clipboard.writeText(text);
  }
  // Plain http on an intranet is not a secure context: fall back to a hidden text area.
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const copied = document.execCommand("copy");
  area.remove();
  return copied ? Promise.resolve() : Promise.reject(new Error("copy failed"));
}

function announce(message) {
  let region = document.getElementById("clause-tools-status");
  if (!region) {
    region = document.createElement("div");
    region.id = "clause-tools-status";
    region.className = "md-visually-hidden";
    region.setAttribute("role", "status");
    region.setAttribute("aria-live", "polite");
    document.body.appendChild(region);
  }
  region.textContent = message;
}

/* A copied link carries the version it was made under (?v=1.0), so that after a review renumbers
   the clauses history.js can still take it to the clause it meant. */
function clauseLink(id) {
  const history = document.getElementById("clause-history");
  const version = history ? JSON.parse(history.textContent).current : null;
  return location.origin + location.pathname + (version ? "?v=" + encodeURIComponent(version) : "") + "#" + id;
}

function toolButton(label, title, text, tools) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = label;
  button.title = title;
  button.addEventListener("click", () => {
    copyText(text()).then(
      () => {
        button.textContent = "Copied";
        tools.classList.add("is-copied");
        announce(title + ": copied");
        setTimeout(() => {
          button.textContent = label;
          tools.classList.remove("is-copied");
        }, 2000);
      },
      () => announce(title + ": could not copy"),
    );
  });
  return button;
}

function addClauseTools(clause) {
  if (clause.querySelector(":scope > .clause-tools")) return;
  const number = clause.querySelector(".clause-number");
  const name = number ? "clause " + number.textContent.replace(/\.$/, "") : clause.dataset.name || "this clause";
  const tools = document.createElement("span");
  tools.className = "clause-tools";
  tools.append(
    toolButton("Copy link", "Copy link to " + name, () => clauseLink(clause.id), tools),
    toolButton("Copy citation", "Copy citation of " + name, () => clause.dataset.citation, tools),
  );
  clause.prepend(tools);
}

function showOverdueReviews() {
  const today = new Date().toISOString().slice(0, 10);
  for (const banner of document.querySelectorAll("[data-review-due]")) {
    if (banner.dataset.reviewDue < today) banner.hidden = false;
  }
}

// Material's search panel is a dialog without a name; name it, so pages pass axe-core.
function nameSearchDialog() {
  const dialog = document.querySelector(".md-search[role=dialog]");
  if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", "Search");
}

// Material asks the search worker when a key comes up, but the letter is typed when it goes down,
// and a reader holds each key down 50 to 100 ms: results waited that long for nothing. The search
// box's own keyup, which Material reads the box's value on, is sent as the text changes instead;
// the key's real keyup then finds the value unchanged, and Material asks nothing more.
function searchAsTyped() {
  const box = document.querySelector("input.md-search__input");
  if (!box || box.dataset.searchAsTyped) return;
  box.dataset.searchAsTyped = "";
  box.addEventListener("input", () => box.dispatchEvent(new Event("keyup")));
}

// Material opens the search when its box takes the focus, and closes it 125 ms after a page opens
// at a clause (/social-media/#clause-18) without taking the focus from the box: a reader who pressed
// "/" at once (a slow machine stretches those 125 ms) was left typing in a closed search, the results
// hidden and Escape and the arrow keys ignored, "/" typed into the box. A key pressed in the box opens
// the search again, before Material's keyboard handling (on the window) reads which mode it is in.
function searchOpenWhileTypedIn() {
  const box = document.querySelector("input.md-search__input");
  const toggle = document.querySelector("input[data-md-toggle=search]");
  if (!box || !toggle || box.dataset.searchOpenWhileTypedIn) return;
  box.dataset.searchOpenWhileTypedIn = "";
  box.addEventListener("keydown", () => {
    if (!toggle.checked) toggle.click(); // as Material's setToggle does: its "change" event follows
  });
}

function setUpPolicyPage() {
  nameSearchDialog();
  searchAsTyped();
  searchOpenWhileTypedIn();
  document.querySelectorAll(".policy-body .clause[id]").forEach(addClauseTools);
  showOverdueReviews();
}

// Material's document$ fires on every page load, including instant navigation.
if (typeof document$ !== "undefined") {
  document$.subscribe(setUpPolicyPage);
} else {
  document.addEventListener("DOMContentLoaded", setUpPolicyPage);
}

// The site's service worker (site-sw.js) keeps the pages read and the search index, so that
// search answers offline after one visit. Registered once the page has loaded, for the whole
// site; where there is none (private browsing, a file: page), the site works as before.
function keepForOffline() {
  const config = document.getElementById("__config");
  if (!config || !("serviceWorker" in navigator) || location.protocol === "file:") return;
  const root = new URL(JSON.parse(config.textContent).base + "/", location.href);
  navigator.serviceWorker.register(new URL("site-sw.js", root), { scope: root.pathname })
    .then((registration) => {
      const worker = registration.active || registration.installing || registration.waiting;
      // This page and what it loaded came before the service worker did: it keeps them too.
      const loaded = [location.href.split("#")[0], ...performance.getEntriesByType("resource").map((entry) => entry.name)];
      const send = () => worker.postMessage({
        type: "keep-search", index: new URL("search/search_index.json", root).href, urls: loaded,
      });
      if (worker.state === "activated") send();
      else worker.addEventListener("statechange", () => worker.state === "activated" && send());
    })
    .catch(() => {});
}

window.addEventListener("load", keepForOffline, { once: true });
