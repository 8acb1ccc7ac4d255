/* The self-check page's side of its checker: starts selfcheck-worker.js (handbook.selfcheck.checker
   under Pyodide), sends it checks and hands back their results; and, once the checker is ready,
   has the page's service worker keep what the page needs for the next visit and offline use. */

/** The checker in its worker. ``state`` is "loading", "ready" or "failed"; ``ready`` settles once
    it is known which. ``workerURL`` is selfcheck-worker.js, ``pyodideURL`` the folder of Pyodide
    and the checker's wheel, ``checklist`` the page's checklist as JSON text. */
export class Checker {
  constructor(workerURL, pyodideURL, checklist) {
    this.state = "loading";
    this.waiting = new Map(); // check id -> { resolve, reject }
    this.nextId = 1;
    this.ready = new Promise((resolve, reject) => { this.resolveReady = resolve; this.rejectReady = reject; });
    this.ready.catch(() => {});

    // The worker starts from a tiny blob that imports its script: a blob worker is served by this
    // page's service worker (see keepForNextTime), which a worker script in /assets/ would not be,
    // being outside the page's scope; so Pyodide loads from what was kept, even offline.
    const starter = new Blob(["import " + JSON.stringify(workerURL) + ";"], { type: "text/javascript" });
    this.worker = new Worker(URL.createObjectURL(starter), { type: "module" });
    this.worker.onmessage = (event) => this.received(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.received({ type: "failed", error: event.message || "the checker's files could not be loaded" });
    };
    this.worker.postMessage({ type: "load", pyodideURL, checklist });
  }

  /** Whether a check is waiting for its result. */
  get busy() {
    return this.waiting.size > 0;
  }

  received(message) {
    if (message.type === "ready") {
      this.state = "ready";
      performance.mark("selfcheck-ready");
      this.resolveReady();
    } else if (message.type === "failed") {
      this.state = "failed";
      this.rejectReady(new Error(message.error));
      for (const { reject } of this.waiting.values()) reject(new Error(message.error));
      this.waiting.clear();
    } else {
      const pending = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.type === "result") pending.resolve(message.results);
      else pending.reject(new Error(message.error));
    }
  }

  /** Check a list of {text, answers}; resolves to one result each once the checker is ready. */
  checkMany(requests) {
    if (this.state === "failed") return Promise.reject(new Error("the checker could not load"));
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ type: "check", id, requests });
    });
  }
}

/** Once the checker is ready (so as not to slow it), have the service worker at
    ``serviceWorkerURL`` keep ``urls``, Pyodide's runtime and the wheel (``wheel``, in
    ``pyodideURL``), and every file this page has loaded: the next visit starts faster and works
    offline. Resolves once they are kept; never without a service worker. */
export function keepForNextTime(checker, { serviceWorkerURL, pyodideURL, wheel, urls }) {
  return new Promise((resolveKept) => {
    if (!serviceWorkerURL || !("serviceWorker" in navigator)) return;
    checker.ready.then(async () => {
      try {
        navigator.serviceWorker.addEventListener("message", (event) => {
          if (event.data && event.data.type === "kept") resolveKept();
        });
        await navigator.serviceWorker.register(serviceWorkerURL, { scope: "./" });
        const registration = await navigator.serviceWorker.ready;
        const runtime = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
          "pyodide-lock.json", wheel];
        const all = [location.href.split("#")[0], ...urls, ...runtime.map((name) => pyodideURL + name),
          ...performance.getEntriesByType("resource").map((entry) => entry.name)];
        registration.active.postMessage({ type: "keep", urls: [...new Set(all)] });
      } catch (error) {
        // Without a service worker (private browsing, a file: page) the page works as before.
      }
    }, () => {});
  });
}
