/* The self-check page (handbook.selfcheck.checklist_page): runs handbook.selfcheck.checker under
   Pyodide in a Web Worker, shows the result as text, and keeps answers on this device only when
   asked to. Nothing typed is sent anywhere: the worker loads files from this site and checks locally.
   The page loads this module right after the form; it wires the three parts together. */

import { Checker, keepForNextTime } from "./selfcheck-worker-client.js";
import { View } from "./selfcheck-view.js";
import { keepWhenAsked } from "./kept-on-device.js";

// Every script the page runs, for its service worker to keep: the page then works offline.
const SCRIPTS = ["selfcheck.js", "selfcheck-worker-client.js", "selfcheck-view.js", "kept-on-device.js",
  "selfcheck-worker.js"];

const form = document.getElementById("selfcheck");
if (form) start(form);

function start(form) {
  const here = (name) => new URL(name, import.meta.url).href;
  const pyodideURL = new URL(form.dataset.pyodide, document.baseURI).href;
  const data = JSON.parse(document.getElementById("selfcheck-data").textContent);
  const view = new View(form, data);

  const checker = new Checker(here("selfcheck-worker.js"), pyodideURL, JSON.stringify(data.checklist));
  checker.ready.then(
    () => { if (!checker.busy) view.setStatus("The checker is ready."); },
    (error) => view.setStatus("The checker could not load, so the check cannot run: " + error.message),
  );
  const kept = keepForNextTime(checker, {
    serviceWorkerURL: form.dataset.serviceWorker && new URL(form.dataset.serviceWorker, document.baseURI),
    pyodideURL,
    wheel: form.dataset.wheel,
    urls: SCRIPTS.map(here),
  });

  // For scripts and tests on this page: the same checker the form uses.
  window.handbookSelfCheck = { ready: checker.ready, checkMany: (requests) => checker.checkMany(requests), kept };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const request = view.request();
    view.setStatus(checker.state === "ready" ? "Checking…" : "Checking as soon as the checker has loaded…");
    try {
      const [result] = await checker.checkMany([request]);
      performance.mark("selfcheck-result");
      view.showResult(result);
    } catch (error) {
      view.setStatus("The check could not run: " + error.message);
    }
  });

  keepAnswersWhenAsked(view);
  view.enable();
  if (checker.state === "loading") view.setStatus("Loading the checker… You can fill in the form meanwhile.");
  performance.mark("selfcheck-form-usable");
}

/* The form's text and answers, kept only while "Remember my answers on this device" is ticked. */
function keepAnswersWhenAsked(view) {
  const remember = document.getElementById("selfcheck-remember");
  let saveTimer = 0;
  keepWhenAsked({
    storageKey: "handbook-selfcheck:" + location.pathname,
    remember,
    forget: document.getElementById("selfcheck-forget"),
    record: () => view.request(),
    isRecord: () => true,
    fill: (saved) => view.fill(saved),
    clear: () => {
      clearTimeout(saveTimer);
      view.clear();
    },
    // Typing saves a moment after the last key, not at every one.
    onChange: (save) => view.form.addEventListener("input", (event) => {
      if (event.target === remember) return;
      clearTimeout(saveTimer);
      saveTimer = setTimeout(save, 300);
    }),
    setStatus: (text) => view.setStatus(text),
    words: {
      cannotKeep: "Your answers could not be kept on this device: ",
      kept: "Your answers will be kept on this device until you select “Forget my saved answers”.",
      notKept: "Your answers are no longer kept on this device.",
      forgotten: "Your saved answers are gone from this device, and the form is cleared.",
    },
  });
}
