// Starts the article body's rich-text editor (django-prose-editor) on each
// textarea the ArticleBodyWidget renders (articles/editor/widgets.py).
//
// The package's own presets import the editor through an import map, an
// inline script the site's Content-Security-Policy refuses. This module
// needs none: the widget's configuration gives the editor bundle's static
// URL and the URLs of the project's extension modules, which are imported
// from there. Each extension module exports `extensions(editor)`, called
// with the editor bundle's exports, returning `{Name: Extension}`.

const ATTRIBUTE = "data-django-prose-editor-article"

// The package's dialog texts, in Indonesian. The bundle keeps a reference
// to `window.gettext` when it is first loaded, so the admin's function is
// wrapped before that; the admin's catalog itself cannot be added to (its
// functions keep the `django` object that jquery.init.js later replaces).
function addTranslations(catalog) {
  if (!catalog || !Object.keys(catalog).length) return
  const translate = window.gettext || ((msgid) => msgid)
  window.gettext = (msgid) =>
    Object.hasOwn(catalog, msgid) ? catalog[msgid] : translate(msgid)
}

const loaded = new Map()

function load(url) {
  if (!loaded.has(url)) loaded.set(url, import(url))
  return loaded.get(url)
}

async function buildExtensions(config) {
  const editor = await load(config.editor_module)
  const registry = { ...editor }
  for (const url of config.js_modules || []) {
    const module = await load(url)
    Object.assign(registry, module.extensions(editor))
  }
  const extensions = []
  for (const [name, options] of Object.entries(config.extensions)) {
    const extension = registry[name]
    if (!extension) throw new Error(`Unknown editor extension: ${name}`)
    extensions.push(
      options && typeof options === "object"
        ? extension.configure(options)
        : extension,
    )
  }
  return { editor, extensions }
}

// Like the package's createTextareaEditor, without Tiptap's injected
// <style> element (static/css/editor.css has its rules).
function mount(editor, textarea, extensions) {
  const element = document.createElement("div")
  element.className = "prose-editor"
  textarea.before(element)
  element.append(textarea)
  const disabled = textarea.hasAttribute("disabled")
  return new editor.Editor({
    element,
    editable: !disabled,
    extensions,
    content: textarea.value,
    injectCSS: false,
    onUpdate({ editor: instance }) {
      const html = instance.getHTML()
      textarea.value = /^<(\w+)><\/\1>$/.test(html) ? "" : html
      textarea.dispatchEvent(new Event("input", { bubbles: true }))
    },
    onDestroy() {
      element.before(textarea)
      element.remove()
    },
  })
}

async function createEditor(textarea) {
  if (textarea.closest(".prose-editor")) return null
  const config = JSON.parse(textarea.getAttribute(ATTRIBUTE))
  addTranslations(config.catalog)
  const { editor, extensions } = await buildExtensions(config)
  const instance = mount(editor, textarea, extensions)
  textarea.dispatchEvent(
    new CustomEvent("prose-editor:ready", {
      detail: { editor: instance, textarea },
      bubbles: true,
    }),
  )
  return instance
}

function start(container) {
  for (const textarea of container.querySelectorAll(`[${ATTRIBUTE}]`)) {
    if (!textarea.id.includes("__prefix__")) {
      createEditor(textarea).catch((error) => {
        console.error("The body editor could not start:", error)
      })
    }
  }
}

start(document)
