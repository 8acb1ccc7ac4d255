/* The self-check's Web Worker: loads Pyodide and the checker's wheel (handbook-selfcheck) from
   this site, then checks what the page sends. The page never freezes, whatever is pasted.
   Messages in:  {type: "load", pyodideURL, checklist} once, then {type: "check", id, requests}.
   Messages out: {type: "ready"} or {type: "failed", error}; {type: "result", id, results} or
   {type: "error", id, error}. A "check" sent before the checker is ready waits for it. */

let checker = null;
let checklist = null;
let longestText = Infinity;  // in UTF-16 code units: see load()

// The smallest WebAssembly module: just its header.
const EMPTY_WASM_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/** A server whose Content-Security-Policy lacks 'wasm-unsafe-eval' forbids compiling WebAssembly,
    and Pyodide would then wait forever: say so instead. */
async function checkWebAssemblyIsAllowed() {
  try {
    await WebAssembly.compile(EMPTY_WASM_MODULE);
  } catch (error) {
    if (!(error instanceof WebAssembly.CompileError)) throw error;
    throw new Error("this web server's settings forbid WebAssembly, which the checker needs "
      + "(its Content-Security-Policy needs 'wasm-unsafe-eval': see the handbook's hosting guide)");
  }
}

async function load(pyodideURL) {
  await checkWebAssemblyIsAllowed();
  const { loadPyodide } = await import(pyodideURL + "pyodide.mjs");
  const pyodide = await loadPyodide({
    indexURL: pyodideURL,
    lockFileURL: pyodideURL + "pyodide-lock.json",
    packages: ["handbook-selfcheck"],
  });
  const module = pyodide.pyimport("handbook.selfcheck.checker");
  const checkJson = module.check_json;
  // The checker reads only the first MAX_CHARS characters, so a megabyte pasted need not be copied
  // into Python: two code units a character keep one more than it reads, so it still says the text
  // was cut, and finds exactly what it would find in the whole text.
  longestText = 2 * (module.MAX_CHARS + 1);
  // The first check compiles the checker's patterns (a few tenths of a second): do it now, so the
  // reader's first check is as quick as the rest.
  checkJson(checklist, JSON.stringify([{ text: "St Hugh's teacher. Views my own, not the school's.", answers: {} }]));
  return checkJson;
}

self.onmessage = async (event) => {
  const message = event.data;
  if (message.type === "load") {
    checklist = message.checklist;
    checker = load(message.pyodideURL);
    try {
      await checker;
      self.postMessage({ type: "ready" });
    } catch (error) {
      self.postMessage({ type: "failed", error: String(error) });
    }
  } else if (message.type === "check") {
    try {
      const checkJson = await checker;
      const requests = message.requests.map((request) => typeof request.text === "string"
        ? { ...request, text: request.text.slice(0, longestText) } : request);
      const results = JSON.parse(checkJson(checklist, JSON.stringify(requests)));
      self.postMessage({ type: "result", id: message.id, results });
    } catch (error) {
      self.postMessage({ type: "error", id: message.id, error: String(error) });
    }
  }
};
