// Names for the article form's autocomplete fields (Django's select2).
//
// select2 replaces each <select> with its own combobox and search box,
// which do not point back to the field's <label>: screen readers announce
// them without a name. Once select2 has started (on jQuery's ready), each
// gets aria-labelledby naming the label, and a multiple choice's list holds
// list items only. Loaded by ArticleAdminForm's media and by the comment
// list's article filter (comments/moderation/article_filter.py).

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

// A multiple choice's "clear all" cross is a <span> that select2 puts
// straight inside its list (<ul>), which screen readers then misread: it is
// moved into a list item of its own each time select2 draws the list again.
function keepListItems(list) {
  const wrap = () => {
    for (const clear of list.querySelectorAll(":scope > .select2-selection__clear")) {
      const item = document.createElement("li")
      item.className = "select2-selection__clear-item"
      clear.before(item)
      item.append(clear)
    }
  }
  wrap()
  new MutationObserver(wrap).observe(list, { childList: true })
}

function nameAll() {
  for (const select of document.querySelectorAll("select.admin-autocomplete")) {
    name(select)
    const list = select.nextElementSibling?.querySelector("ul.select2-selection__rendered")
    if (list) keepListItems(list)
  }
}

// A module runs after the admin's classic scripts: this ready handler comes
// after the one of autocomplete.js, which starts select2.
const jQuery = window.django?.jQuery
if (jQuery) jQuery(nameAll)
