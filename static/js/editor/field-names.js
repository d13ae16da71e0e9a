// Names for the article form's autocomplete fields (Django's select2).
//
// select2 replaces each <select> with its own combobox and search box,
// which do not point back to the field's <label>: screen readers announce
// them without a name. Once select2 has started (on jQuery's ready), each
// gets aria-labelledby naming the label. Loaded by ArticleAdminForm's media.

function labelId(select) {
  const label = document.querySelector(`label[for="${select.id}"]`)
  if (!label) return null
  if (!label.id) label.id = `${select.id}-label`
  return label.id
}

function name(select) {
  const id = labelId(select)
  const container = select.nextElementSibling
  if (!id || !container?.classList.contains("select2")) return
  const combobox = container.querySelector(".select2-selection[role=combobox]")
  if (combobox) {
    const rendered = combobox.getAttribute("aria-labelledby") || ""
    if (!rendered.split(" ").includes(id)) {
      combobox.setAttribute("aria-labelledby", `${id} ${rendered}`.trim())
    }
  }
  // The single choice's text box, and the multiple choice's search box.
  for (const box of container.querySelectorAll(
    ".select2-selection__rendered[role=textbox], .select2-search__field",
  )) {
    box.setAttribute("aria-labelledby", id)
  }
}

function nameAll() {
  for (const select of document.querySelectorAll("select.admin-autocomplete")) {
    name(select)
  }
}

// A module runs after the admin's classic scripts: this ready handler comes
// after the one of autocomplete.js, which starts select2.
const jQuery = window.django?.jQuery
if (jQuery) jQuery(nameAll)
