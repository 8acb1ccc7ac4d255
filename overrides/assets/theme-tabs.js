/* Material for MkDocs' script after the content (its partials/javascripts/content.html), loaded as
   a file rather than inline (see theme-storage.js): an address pointing at a content tab opens it. */

(function () {
  const target = document.getElementById(location.hash.slice(1));
  if (target && target.name) target.checked = target.name.startsWith("__tabbed_");
})();
