/* The My reading page (handbook.pages.my_reading). Without JavaScript it is a list of every current
   policy. This module shows the role chooser, lists only the chosen role's policies, lets the reader
   tick each one read, and flags those changed since they were ticked (another version, or another
   code of the text: the code the "Confirm you have read" link sends). Nothing is sent anywhere;
   kept-on-device.js keeps the ticks on this device only when asked to. */

import { keepWhenAsked } from "./kept-on-device.js";

const form = document.getElementById("my-reading-form");
if (form) start(form);

function start(form) {
  const roleChoice = document.getElementById("my-reading-role");
  const status = document.getElementById("my-reading-status");
  const policies = [...document.querySelectorAll("#my-reading-list .my-reading-facts")].map(addTick);
  let read = {};  // policy id -> {version, hash, on}: what the reader ticked

  function addTick(facts) {
    const item = facts.closest("li");
    const policy = {
      id: facts.dataset.policy,
      version: facts.dataset.version,
      hash: facts.dataset.hash,
      appliesTo: JSON.parse(facts.dataset.appliesTo || "[]"),
      item,
    };
    const label = document.createElement("label");
    label.className = "my-reading-read";
    policy.tick = document.createElement("input");
    policy.tick.type = "checkbox";
    const verb = facts.dataset.required === "true" ? "confirmed" : "read";
    label.append(policy.tick, ` I have ${verb} version ${policy.version}`);
    policy.state = document.createElement("span");
    policy.state.className = "my-reading-state";
    item.append(" ", label, " ", policy.state);
    policy.tick.addEventListener("change", () => {
      if (policy.tick.checked) {
        read[policy.id] = { version: policy.version, hash: policy.hash, on: new Date().toISOString().slice(0, 10) };
      } else {
        delete read[policy.id];
      }
      show();
      changed();
    });
    return policy;
  }

  function readingOf(policy) {
    const entry = read[policy.id];
    if (!entry) return "unread";
    return entry.version === policy.version && entry.hash === policy.hash ? "read" : "changed";
  }

  function show() {
    const role = roleChoice.value.toLowerCase();
    const counts = { read: 0, changed: 0, unread: 0 };
    for (const policy of policies) {
      const listed = !role || policy.appliesTo.some((audience) => audience.toLowerCase() === role);
      policy.item.hidden = !listed;
      const reading = readingOf(policy);
      policy.item.dataset.reading = reading;
      policy.tick.checked = reading === "read";
      policy.state.classList.toggle("my-reading-changed", reading === "changed");
      policy.state.textContent = reading === "changed"
        ? `Changed since you read version ${read[policy.id].version}: read it again.` : "";
      if (listed) counts[reading] += 1;
    }
    const listed = counts.read + counts.changed + counts.unread;
    const who = roleChoice.value ? `for ${roleChoice.value}` : "for every role";
    const changedSince = counts.changed ? `, ${counts.changed} changed since you read them` : "";
    setStatus(`${listed} ${listed === 1 ? "policy" : "policies"} ${who}: ${counts.read} read${changedSince}, `
      + `${counts.unread} to read.`);
  }

  function setStatus(text) {
    status.textContent = text;
  }

  const listeners = [];
  function changed() {
    for (const listener of listeners) listener();
  }

  roleChoice.addEventListener("change", () => {
    show();
    changed();
  });

  const view = {
    record: () => ({ role: roleChoice.value, read }),
    fill(saved) {
      read = { ...saved.read };
      if ([...roleChoice.options].some((option) => option.value === saved.role)) roleChoice.value = saved.role;
      show();
    },
    clear() {
      read = {};
      roleChoice.value = "";
      show();
    },
    onChange: (listener) => listeners.push(listener),
    setStatus: (text) => setStatus(text),
  };
  keepWhenAsked({
    ...view,
    storageKey: "handbook-my-reading:" + location.pathname,
    remember: document.getElementById("my-reading-remember"),
    forget: document.getElementById("my-reading-forget"),
    isRecord: (saved) => typeof saved.read === "object" && saved.read !== null,
    words: {
      cannotKeep: "What you have read could not be kept on this device: ",
      kept: "Your role and what you have read will be kept on this device until you select "
        + "“Forget what this device keeps”.",
      notKept: "Nothing is kept on this device any more.",
      forgotten: "What this device kept is gone, and the ticks are cleared.",
    },
  });
  form.hidden = false;
  show();
}
