// ArticleLink: the package's link, with a prompt that checks the address.
//
// The package's dialog took any text as the address: "www.kompas.com/berita"
// became a link relative to the article (a 404 on the reader's page) and
// "javascript:alert(1)" an empty link. Here an address typed without its
// scheme gets https:// (an email address mailto:), and an address a reader
// cannot follow is refused in the dialog, in the words the server sends
// (articles/editor/extensions.py, LINK_TEXTS): no link is made of it. The
// server does the same when it cleans the body (articles/sanitize.py,
// link_address).

const SCHEMES = ["http:", "https:", "mailto:"]
const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
// "www.kompas.com/berita", "kompas.com", "detik.co.id:8080/x?y#z"
const BARE_HOST = new RegExp(
  `^(?:www\\.[^\\s/?#]+|(?:${LABEL}\\.)+([a-z]{2,24}|xn--[a-z0-9-]+))` +
    "(?::[0-9]{1,5})?(?:[/?#].*)?$",
  "is",
)
// File names, not hosts: "laporan.pdf" is no site.
const FILE_ENDINGS = new Set(
  (
    "htm html php asp aspx jsp jpg jpeg png gif webp pdf " +
    "doc docx xls xlsx ppt pptx txt csv xml json mp3 mp4"
  ).split(" "),
)
const BARE_EMAIL = new RegExp(`^[^\\s@:/?#]+@(?:${LABEL}\\.)+[a-z]{2,24}$`, "i")

// The address to link to ({ href }), or why there is none ({ problem }):
// "empty", "unsafe" (a scheme other than http, https or mailto) or
// "unknown" (nothing a browser can follow).
export function linkAddress(typed) {
  const href = (typed || "").trim()
  if (!href) return { problem: "empty" }
  if (/\s/.test(href)) return { problem: "unknown" }
  // This site's own pages and the article's own anchors, as they are.
  if (href.startsWith("/") && !href.startsWith("//")) return { href }
  if (href.startsWith("#")) return href.length > 1 ? { href } : { problem: "unknown" }
  const bare = BARE_HOST.exec(href)
  if (bare && !FILE_ENDINGS.has((bare[1] || "").toLowerCase())) {
    return { href: `https://${href}` }
  }
  if (BARE_EMAIL.test(href)) return { href: `mailto:${href}` }
  let url
  try {
    url = new URL(href)
  } catch {
    return { problem: "unknown" }
  }
  if (!SCHEMES.includes(url.protocol)) return { problem: "unsafe" }
  if (url.protocol === "mailto:" ? !url.pathname : !url.hostname) {
    return { problem: "unknown" }
  }
  return { href }
}

// The address box's own check: the dialog's form refuses to close on a
// problem, saying what it is beside the box (and in the browser's bubble).
function checkAddress(dialog, texts) {
  const input = dialog?.querySelector("input[name=href]")
  if (!input) return
  const note = document.createElement("p")
  note.className = "errornote link-address-problem"
  note.id = `${input.id}-problem`
  note.setAttribute("role", "alert")
  note.hidden = true
  input.after(note)
  input.setAttribute("aria-describedby", note.id)
  const check = () => {
    const { problem } = linkAddress(input.value)
    input.setCustomValidity(problem ? texts[problem] || problem : "")
  }
  input.addEventListener("input", () => {
    check()
    note.hidden = true
  })
  input.addEventListener("invalid", () => {
    note.textContent = input.validationMessage
    note.hidden = false
  })
  check()
}

export function extensions({ Link, updateAttrsDialog, gettext }) {
  const ArticleLink = Link.extend({
    addOptions() {
      return { ...this.parent?.(), texts: {} }
    },

    addCommands() {
      const name = this.name
      const { enableTarget, texts } = this.options
      const properties = {
        href: { type: "string", title: gettext("URL") },
        title: { type: "string", title: gettext("Title") },
      }
      if (enableTarget) {
        properties.openInNewWindow = {
          type: "boolean",
          title: gettext("Open in new window"),
        }
      }

      const prompt = (editor) => {
        const attrs = { ...editor.getAttributes(name) }
        attrs.openInNewWindow = attrs.target === "_blank"
        const answer = updateAttrsDialog(properties, {
          title: gettext("Edit Link"),
        })(editor, attrs)
        // The dialog is on the page as soon as it is asked for.
        const dialogs = editor.view.dom.parentElement.querySelectorAll(
          "dialog.prose-editor-dialog",
        )
        checkAddress(dialogs[dialogs.length - 1], texts)
        return answer
      }

      const link = (editor, answer) => {
        const { href } = linkAddress(answer.href)
        if (!href) return
        const attrs = {
          href,
          title: (answer.title || "").trim() || null,
          target: answer.openInNewWindow ? "_blank" : null,
          rel: answer.openInNewWindow ? "noopener" : null,
        }
        const chain = editor.chain().focus()
        if (editor.isActive(name)) {
          chain.extendMarkRange(name).updateAttributes(name, attrs).run()
        } else {
          chain.setMark(name, attrs).run()
        }
      }

      return {
        ...this.parent?.(),
        addLink:
          () =>
          ({ editor }) => {
            if (editor.state.selection.empty && !editor.isActive(name)) return false
            prompt(editor).then((answer) => answer && link(editor, answer))
            return true
          },
      }
    },
  })
  return { ArticleLink }
}
