/* The self-check page's form and result (the HTML is handbook.selfcheck.checklist_page's): reads
   the form, shows the status and the result, always as text, and prints, copies or saves it. */

export class View {
  /** ``data`` is the page's #selfcheck-data: {checklist, clauses}. */
  constructor(form, data) {
    this.form = form;
    this.data = data;
    this.messages = data.checklist.messages;
    this.text = document.getElementById("selfcheck-text");
    this.status = document.getElementById("selfcheck-status");
    this.resultSection = document.getElementById("selfcheck-result");
    this.findingsBox = document.getElementById("selfcheck-findings");
    this.resultText = "";

    document.getElementById("selfcheck-print").addEventListener("click", () => window.print());
    document.getElementById("selfcheck-copy").addEventListener("click", () => this.copy(this.resultText, "Result copied."));
    document.getElementById("selfcheck-save").addEventListener("click", () => {
      // A file made here and saved by the browser: nothing is uploaded.
      const link = element("a");
      link.href = URL.createObjectURL(new Blob([this.resultText], { type: "text/plain;charset=utf-8" }));
      link.download = "self-check-result.txt";
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 0);
      this.setStatus("Result saved as self-check-result.txt.");
    });
  }

  setStatus(message) {
    this.status.textContent = message;
  }

  /** The platforms' questions answered: question key -> choice id. */
  answers() {
    const chosen = {};
    for (const input of this.form.querySelectorAll("input[type=radio]:checked")) chosen[input.name] = input.value;
    return chosen;
  }

  /** What the reader typed and chose: {text, answers}, as the checker takes it. */
  request() {
    return { text: this.text.value, answers: this.answers() };
  }

  /** Fill the form in from a request() kept earlier. */
  fill({ text, answers }) {
    this.text.value = typeof text === "string" ? text : "";
    for (const [name, value] of Object.entries(answers || {})) {
      for (const input of this.form.querySelectorAll("input[type=radio]")) {
        if (input.name === name && input.value === value) input.checked = true;
      }
    }
  }

  /** Empty the form and take the result away. */
  clear() {
    this.form.reset();
    this.findingsBox.replaceChildren();
    this.resultText = "";
    this.resultSection.hidden = true;
  }

  /** Show the form's buttons, hidden while the page has no script to run them. */
  enable() {
    this.form.querySelector(".selfcheck-actions").hidden = false;
  }

  label(finding) {
    return this.messages[finding.ok ? "fine" : "to-do"] + " ";
  }

  findingItem(finding) {
    const messages = this.messages;
    const item = element("li", "selfcheck-finding selfcheck-finding--" + (finding.ok ? "ok" : "action"));
    item.dataset.kind = finding.kind;
    item.append(element("strong", "", this.label(finding)), finding.message);
    if (finding.quote) item.append(" " + messages.found + " “", element("span", "selfcheck-quote", finding.quote), "”.");
    const clause = this.data.clauses[finding.clause];
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

  findingLine(finding) {
    const messages = this.messages;
    const quote = finding.quote ? " " + messages.found + " “" + finding.quote + "”." : "";
    const clause = this.data.clauses[finding.clause];
    const source = clause ? " (" + clause.citation + ")" : finding.kind === "setting" ? " (" + messages.guidance + ")" : "";
    return "- " + this.label(finding) + finding.message + quote + source;
  }

  /** Show a result of the checker's, and keep it as text for copying and saving. */
  showResult(result) {
    const findingsBox = this.findingsBox;
    const profile = result.findings.filter((f) => f.kind !== "setting");
    const settings = result.findings.filter((f) => f.kind === "setting");
    const lines = [this.data.checklist.title + ": result", ""];
    findingsBox.replaceChildren();

    findingsBox.append(element("h3", "", "Profile text or post"));
    lines.push("Profile text or post");
    if (profile.length) {
      const list = element("ul", "selfcheck-findings");
      list.append(...profile.map((finding) => this.findingItem(finding)));
      findingsBox.append(list);
      lines.push(...profile.map((finding) => this.findingLine(finding)));
    } else {
      findingsBox.append(element("p", "", "No text was pasted, so there is nothing to check."));
      lines.push("- No text was pasted.");
    }
    if (result.example_disclaimer) {
      const disclaimer = element("div", "selfcheck-disclaimer");
      const copyDisclaimer = element("button", "md-button md-button--primary", "Copy disclaimer");
      copyDisclaimer.type = "button";
      copyDisclaimer.addEventListener("click", () => this.copy(result.example_disclaimer, "Disclaimer copied."));
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
      list.append(...settings.map((finding) => this.findingItem(finding)));
      findingsBox.append(list);
      lines.push(...settings.map((finding) => this.findingLine(finding)));
    }
    this.resultText = lines.join("\n") + "\n";
    this.resultSection.hidden = false;
    const todo = result.findings.filter((f) => !f.ok).length;
    this.setStatus("Check complete: " + (todo === 1 ? "1 thing to do." : todo + " things to do."));
    this.resultSection.focus();
  }

  // copyText is handbook.js's (on every page; loaded by the time anyone clicks).
  copy(value, done) {
    copyText(value).then(() => this.setStatus(done), () => this.setStatus("Could not copy: select the text and copy it yourself."));
  }
}

function element(tag, className, content) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (content !== undefined) node.textContent = content;
  return node;
}
