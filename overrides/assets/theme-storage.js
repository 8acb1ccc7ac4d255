/* Material for MkDocs' storage helpers (its partials/javascripts/base.html), loaded as a file
   rather than inline so the site needs no 'unsafe-inline' in its Content-Security-Policy.
   Material's bundle calls these globals. Settings are kept per site: under the address of the
   site's root, which the page gives as this script's data-scope (relative to the page). */

var __md_scope = new URL(document.currentScript.dataset.scope, location);

function __md_hash(text) {
  return [...text].reduce((hash, character) => (hash << 5) - hash + character.charCodeAt(0), 0);
}

function __md_get(key, storage = localStorage, scope = __md_scope) {
  return JSON.parse(storage.getItem(scope.pathname + "." + key));
}

function __md_set(key, value, storage = localStorage, scope = __md_scope) {
  try {
    storage.setItem(scope.pathname + "." + key, JSON.stringify(value));
  } catch (error) {
    // Storage full or refused (private browsing): the setting is simply not kept, as in Material.
  }
}
