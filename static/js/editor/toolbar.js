// ArticleToolbar: the editor's toolbar and writing area in Indonesian.
//
// The package names its buttons in English ("bold", "heading 2") without
// going through gettext; this extension gives every toolbar item the label
// the server sends (articles/editor/extensions.py, TOOLBAR_LABELS), as its
// tooltip, its screen-reader name and its entry in the block-type list.
// A button that cannot act now says so (aria-disabled) instead of only
// looking faint. It also names the writing area after the field's label,
// and lets a click on that label put the cursor in the editor, with the
// browser's spell check on, in Indonesian.

export function extensions({ Extension, Plugin }) {
  const ArticleToolbar = Extension.create({
    name: "articleToolbar",
    // After every other extension, so that all menu items are defined.
    priority: 1,

    addOptions() {
      return { labels: {}, otherBlockLabel: "", editorLabel: "" }
    },

    addMenuItems({ _definedItems: items }) {
      for (const [name, label] of Object.entries(this.options.labels)) {
        const item = items[name]
        if (!item) continue
        item.button.title = label
        item.button.setAttribute("aria-label", label)
        if (item.option) item.option.textContent = label
      }
    },

    addProseMirrorPlugins() {
      // Spell check in Indonesian, as in the rest of the form.
      const attributes = {
        role: "textbox",
        "aria-multiline": "true",
        spellcheck: "true",
        lang: "id",
      }
      if (this.options.editorLabel)
        attributes["aria-label"] = this.options.editorLabel
      return [new Plugin({ props: { attributes } })]
    },

    onCreate({ editor }) {
      // After the menu's own listener, which sets the "disabled" class and
      // shows the block type in use (a "question_mark" icon when none is).
      const menubar = editor.view.dom.parentElement?.querySelector(".prose-menubar")
      const { otherBlockLabel } = this.options
      const update = () => {
        for (const button of menubar?.querySelectorAll("button") || []) {
          button.setAttribute(
            "aria-disabled",
            String(button.classList.contains("disabled")),
          )
          if (button.getAttribute("aria-label") === "question_mark") {
            button.setAttribute("aria-label", otherBlockLabel)
            button.title = otherBlockLabel
          }
        }
      }
      editor.on("transaction", update)
      update()

      const textarea = editor.view.dom
        .closest(".prose-editor")
        ?.querySelector("textarea")
      const label = textarea?.id
        ? document.querySelector(`label[for="${textarea.id}"]`)
        : null
      label?.addEventListener("click", (event) => {
        event.preventDefault()
        editor.commands.focus()
      })
    },
  })
  return { ArticleToolbar }
}
