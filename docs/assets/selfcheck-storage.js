/* What the reader chose to keep on this device: the self-check form's text and answers, in
   localStorage under ``storageKey``, only while "Remember my answers on this device" is ticked,
   and gone at "Forget my saved answers". */

/** Fill ``view``'s form in from what was kept, then keep it as the reader asks. */
export function keepAnswersWhenAsked(view, storageKey) {
  const remember = document.getElementById("selfcheck-remember");

  function save() {
    if (!remember.checked) return;
    try {
      localStorage.setItem(storageKey, JSON.stringify(view.request()));
    } catch (error) {
      view.setStatus("Your answers could not be kept on this device: " + error.message);
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
    view.fill(saved);
    remember.checked = true;
  }

  let saveTimer = 0;
  view.form.addEventListener("input", (event) => {
    if (event.target === remember) return;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, 300);
  });
  remember.addEventListener("change", () => {
    if (remember.checked) {
      save();
      view.setStatus("Your answers will be kept on this device until you select “Forget my saved answers”.");
    } else {
      localStorage.removeItem(storageKey);
      view.setStatus("Your answers are no longer kept on this device.");
    }
  });
  document.getElementById("selfcheck-forget").addEventListener("click", () => {
    clearTimeout(saveTimer);
    localStorage.removeItem(storageKey);
    view.clear();
    view.setStatus("Your saved answers are gone from this device, and the form is cleared.");
  });

  restore();
}
