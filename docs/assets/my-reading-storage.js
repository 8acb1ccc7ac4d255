/* What the reader chose to keep on this device on the My reading page: their role and the
   policies they ticked as read (each with the version and text code ticked), in localStorage under
   ``storageKey``, only while "Remember my role and what I have read on this device" is ticked,
   and gone at "Forget what this device keeps". */

/** Fill ``view`` in from what was kept, then keep its record as the reader asks. */
export function keepReadingWhenAsked(view, storageKey) {
  const remember = document.getElementById("my-reading-remember");

  function save() {
    if (!remember.checked) return;
    try {
      localStorage.setItem(storageKey, JSON.stringify(view.record()));
    } catch (error) {
      view.setStatus("What you have read could not be kept on this device: " + error.message);
    }
  }

  function restore() {
    let saved = null;
    try {
      saved = JSON.parse(localStorage.getItem(storageKey));
    } catch (error) {
      saved = null;
    }
    if (!saved || typeof saved !== "object" || typeof saved.read !== "object" || saved.read === null) return;
    view.fill(saved);
    remember.checked = true;
  }

  view.onChange(save);
  remember.addEventListener("change", () => {
    if (remember.checked) {
      save();
      view.setStatus("Your role and what you have read will be kept on this device until you select "
        + "“Forget what this device keeps”.");
    } else {
      localStorage.removeItem(storageKey);
      view.setStatus("Nothing is kept on this device any more.");
    }
  });
  document.getElementById("my-reading-forget").addEventListener("click", () => {
    localStorage.removeItem(storageKey);
    remember.checked = false;
    view.clear();
    view.setStatus("What this device kept is gone, and the ticks are cleared.");
  });

  restore();
}
