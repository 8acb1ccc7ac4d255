/* The self-check page (handbook.selfcheck.checklist_page): runs handbook.selfcheck.checker under Pyodide in a Web
   Worker, shows the result as text, and keeps answers on this device only when asked to.
   Nothing typed is sent anywhere: the worker loads files from this site and checks locally.
   The page loads this script right after the form, before the theme's own scripts. */

(function () {
  const form = document.getElementById("selfcheck");
  if (!form) return;

  const workerURL = new URL("selfcheck-worker.js", document.currentScript.src);
  const pyodideURL = new URL(form.dataset.pyodide, document.baseURI).href;
  const data = JSON.parse(document.getElementById("selfcheck-data").textContent);
  const storageKey = "handbook-selfcheck:" + location.pathname;

  const text = document.getElementById("selfcheck-text");
  const status = document.getElementById("selfcheck-status");
  const remember = document.getElementById("selfcheck-remember");
  const resultSection = document.getElementById("selfcheck-result");
  const findingsBox = document.getElementById("selfcheck-findings");

  // --- the checker, in its worker -------------------------------------------------------------

  // The worker starts from a tiny blob that imports its script: a blob worker is served by this
  // page's service worker (see keepForNextTime), which a worker script in /assets/ would not be,
  // being outside the page's scope; so Pyodide loads from what was kept, even offline.
  const starter = new Blob(["import " + JSON.stringify(workerURL.href) + ";"], { type: "text/javascript" });
  const worker = new Worker(URL.createObjectURL(starter), { type: "module" });
  const waiting = new Map();
  let nextId = 1;
  let checkerState = "loading";
  let resolveReady;
  let rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  ready.catch(() => {});

  worker.onmessage = (event) => {
    const message = event.data;
    if (message.type === "ready") {
      checkerState = "ready";
      performance.mark("selfcheck-ready");
      if (!waiting.size) setStatus("The checker is ready.");
      resolveReady();
      keepForNextTime();
    } else if (message.type === "failed") {
      checkerState = "failed";
      setStatus("The checker could not load, so the check cannot run: " + message.error);
      rejectReady(new Error(message.error));
      for (const { reject } of waiting.values()) reject(new Error(message.error));
      waiting.clear();
    } else {
      const pending = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.type === "result") pending.resolve(message.results);
      else pending.reject(new Error(message.error));
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.onmessage({ data: { type: "failed", error: event.message || "the checker's files could not be loaded" } });
  };
  worker.postMessage({ type: "load", pyodideURL, checklist: JSON.stringify(data.checklist) });

  /** Check a list of {text, answers}; resolves to one result each once the checker is ready. */
  function checkMany(requests) {
    if (checkerState === "failed") return Promise.reject(new Error("the checker could not load"));
    return new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ type: "check", id, requests });
    });
  }

  // --- the next visit and offline use ---------------------------------------------------------

  // Once the checker is ready (so as not to slow it), a service worker keeps Pyodide, the wheel and
  // this page's files in this browser: the next visit starts faster and works offline.
  let resolveKept;
  const kept = new Promise((resolve) => { resolveKept = resolve; });

  async function keepForNextTime() {
    if (!form.dataset.serviceWorker || !("serviceWorker" in navigator)) return;
    try {
      navigator.serviceWorker.addEventListener("message", (event) => {
        if (event.data && event.data.type === "kept") resolveKept();
      });
      await navigator.serviceWorker.register(new URL(form.dataset.serviceWorker, document.baseURI), { scope: "./" });
      const registration = await navigator.serviceWorker.ready;
      const runtime = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
        "pyodide-lock.json", form.dataset.wheel];
      const urls = [location.href.split("#")[0], workerURL.href, ...runtime.map((name) => pyodideURL + name),
        ...performance.getEntriesByType("resource").map((entry) => entry.name)];
      registration.active.postMessage({ type: "keep", urls: [...new Set(urls)] });
    } catch (error) {
      // Without a service worker (private browsing, a file: page) the page works as before.
    }
  }

  // For scripts and tests on this page: the same checker the form uses.
  window.handbookSelfCheck = { ready, checkMany, kept };

  // --- the form ------------------------------------------------------------------------------

  function setStatus(message) {
    status.textContent = message;
  }

  function answers() {
    const chosen = {};
    for (const input of form.querySelectorAll("input[type=radio]:checked")) chosen[input.name] = input.value;
    return chosen;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const request = { text: text.value, answers: answers() };
    setStatus(checkerState === "ready" ? "Checking…" : "Checking as soon as the checker has loaded…");
    try {
      const [result] = await checkMany([request]);
      performance.mark("selfcheck-result");
      showResult(result);
    } catch (error) {
      setStatus("The check could not run: " + error.message);
    }
  });

  // --- the result, always as text -------------------------------------------------------------

  const messages = data.checklist.messages;
  let resultText = "";

  function element(tag, className, content) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  function label(finding) {
    return messages[finding.ok ? "fine" : "to-do"] + " ";
  }

  function findingItem(finding) {
    const item = element("li", "selfcheck-finding selfcheck-finding--" + (finding.ok ? "ok" : "action"));
    item.dataset.kind = finding.kind;
    item.append(element("strong", "", label(finding)), finding.message);
    if (finding.quote) item.append(" " + messages.found + " “", element("span", "selfcheck-quote", finding.quote), "”.");
    const clause = data.clauses[finding.clause];
    if (clause) {
      const link = element("a", "selfcheck-clause", messages.clause + " " + finding.clause);
      link.href = clause.href;
      link.title = clause.citation;
      item.append(" (", link, ")");
    } else if (finding.kind === "setting") {
      item.append(" (", element("span", "selfcheck-guidance", messages.guidance), ")");
    }
    return item;
  }

  function findingLine(finding) {
    const quote = finding.quote ? " " + messages.found + " “" + finding.quote + "”." : "";
    const clause = data.clauses[finding.clause];
    const source = clause ? " (" + clause.citation + ")" : finding.kind === "setting" ? " (" + messages.guidance + ")" : "";
    return "- " + label(finding) + finding.message + quote + source;
  }

  function showResult(result) {
    const profile = result.findings.filter((f) => f.kind !== "setting");
    const settings = result.findings.filter((f) => f.kind === "setting");
    const lines = [data.checklist.title + ": result", ""];
    findingsBox.replaceChildren();

    findingsBox.append(element("h3", "", "Profile text or post"));
    lines.push("Profile text or post");
    if (profile.length) {
      const list = element("ul", "selfcheck-findings");
      list.append(...profile.map(findingItem));
      findingsBox.append(list);
      lines.push(...profile.map(findingLine));
    } else {
      findingsBox.append(element("p", "", "No text was pasted, so there is nothing to check."));
      lines.push("- No text was pasted.");
    }
    if (result.example_disclaimer) {
      const disclaimer = element("div", "selfcheck-disclaimer");
      const copyDisclaimer = element("button", "md-button md-button--primary", "Copy disclaimer");
      copyDisclaimer.type = "button";
      copyDisclaimer.addEventListener("click", () => copy(result.example_disclaimer, "Disclaimer copied."));
      disclaimer.append(element("p", "", "A disclaimer you can use, from the policy's own example:"),
        element("p", "selfcheck-disclaimer-text", result.example_disclaimer), copyDisclaimer);
      findingsBox.append(disclaimer);
      lines.push("", "A disclaimer you can use: " + result.example_disclaimer);
    }
    lines.push("", "Privacy settings");

    findingsBox.append(element("h3", "", "Privacy settings"));
    const actions = settings.length === 1 ? "1 thing to do" : settings.length + " things to do";
    const summary = result.answered
      ? result.answered + " question" + (result.answered === 1 ? "" : "s") + " answered: " + actions + "."
      : "No privacy questions were answered.";
    findingsBox.append(element("p", "selfcheck-summary", summary));
    lines.push("- " + summary);
    if (settings.length) {
      const list = element("ul", "selfcheck-findings");
      list.append(...settings.map(findingItem));
      findingsBox.append(list);
      lines.push(...settings.map(findingLine));
    }
    resultText = lines.join("\n") + "\n";
    resultSection.hidden = false;
    const todo = result.findings.filter((f) => !f.ok).length;
    setStatus("Check complete: " + (todo === 1 ? "1 thing to do." : todo + " things to do."));
    resultSection.focus();
  }

  // copyText is handbook.js's (on every page; loaded by the time anyone clicks).
  function copy(value, done) {
    copyText(value).then(() => setStatus(done), () => setStatus("Could not copy: select the text and copy it yourself."));
  }

  document.getElementById("selfcheck-print").addEventListener("click", () => window.print());
  document.getElementById("selfcheck-copy").addEventListener("click", () => copy(resultText, "Result copied."));
  document.getElementById("selfcheck-save").addEventListener("click", () => {
    // A file made here and saved by the browser: nothing is uploaded.
    const link = element("a");
    link.href = URL.createObjectURL(new Blob([resultText], { type: "text/plain;charset=utf-8" }));
    link.download = "self-check-result.txt";
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
    setStatus("Result saved as self-check-result.txt.");
  });

  // --- remembering, only when asked -----------------------------------------------------------

  function save() {
    if (!remember.checked) return;
    try {
      localStorage.setItem(storageKey, JSON.stringify({ text: text.value, answers: answers() }));
    } catch (error) {
      setStatus("Your answers could not be kept on this device: " + error.message);
    }
  }

  function restore() {
    let saved = null;
    try {
      saved = JSON.parse(localStorage.getItem(storageKey));
    } catch (error) {
      saved = null;
    }
    if (!saved || typeof saved !== "object") return;
    text.value = typeof saved.text === "string" ? saved.text : "";
    for (const [name, value] of Object.entries(saved.answers || {})) {
      for (const input of form.querySelectorAll("input[type=radio]")) {
        if (input.name === name && input.value === value) input.checked = true;
      }
    }
    remember.checked = true;
  }

  let saveTimer = 0;
  form.addEventListener("input", (event) => {
    if (event.target === remember) return;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, 300);
  });
  remember.addEventListener("change", () => {
    if (remember.checked) {
      save();
      setStatus("Your answers will be kept on this device until you select “Forget my saved answers”.");
    } else {
      localStorage.removeItem(storageKey);
      setStatus("Your answers are no longer kept on this device.");
    }
  });
  document.getElementById("selfcheck-forget").addEventListener("click", () => {
    clearTimeout(saveTimer);
    localStorage.removeItem(storageKey);
    form.reset();
    findingsBox.replaceChildren();
    resultText = "";
    resultSection.hidden = true;
    setStatus("Your saved answers are gone from this device, and the form is cleared.");
  });

  restore();
  form.querySelector(".selfcheck-actions").hidden = false;
  if (checkerState === "loading") setStatus("Loading the checker… You can fill in the form meanwhile.");
  performance.mark("selfcheck-form-usable");
})();
