/* What a reader chose to keep on this device, in localStorage under one key, only while the page's
   "Remember ... on this device" box is ticked, and gone when they ask to forget it. The self-check
   page keeps its answers this way, My reading the reader's role and the policies they have read. */

/**
 * Fill the page in from what was kept, then keep it as the reader asks.
 * @param {object} page
 * @param {string} page.storageKey  the localStorage key
 * @param {HTMLInputElement} page.remember  the "Remember ... on this device" box
 * @param {HTMLElement} page.forget  the "Forget ..." button
 * @param {() => object} page.record  what to keep
 * @param {(saved: object) => boolean} page.isRecord  whether what was read back is the page's own
 * @param {(saved: object) => void} page.fill  put what was kept back on the page
 * @param {() => void} page.clear  empty the page
 * @param {(save: () => void) => void} page.onChange  call ``save`` whenever the reader changes something
 * @param {(text: string) => void} page.setStatus  say what happened
 * @param {{cannotKeep: string, kept: string, notKept: string, forgotten: string}} page.words
 */
export function keepWhenAsked(page) {
  const { storageKey, remember, words } = page;

  function save() {
    if (!remember.checked) return;
    try {
      localStorage.setItem(storageKey, JSON.stringify(page.record()));
    } catch (error) {
      page.setStatus(words.cannotKeep + error.message);
    }
  }

  function restore() {
    let saved = null;
    try {
      saved = JSON.parse(localStorage.getItem(storageKey));
    } catch (error) {
      saved = null;
    }
    if (!saved || typeof saved !== "object" || !page.isRecord(saved)) return;
    page.fill(saved);
    remember.checked = true;
  }

  page.onChange(save);
  remember.addEventListener("change", () => {
    if (remember.checked) {
      save();
      page.setStatus(words.kept);
    } else {
      localStorage.removeItem(storageKey);
      page.setStatus(words.notKept);
    }
  });
  page.forget.addEventListener("click", () => {
    localStorage.removeItem(storageKey);
    remember.checked = false;
    page.clear();
    page.setStatus(words.forgotten);
  });

  restore();
}
