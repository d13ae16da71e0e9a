// ArticlePaste: pasted HTML, above all what Word and Google Docs put on the
// clipboard, made plain before the editor reads it. The server does the
// same to office HTML that reaches it directly (articles/editor/paste.py).
//
// The editor's schema drops the rest of their noise (classes, <span>,
// <o:p>), but three things need this pass:
// - bold and italic that exist only as a <span style> (Docs), or a
//   <b style="font-weight:normal"> wrapper around the whole paste (Docs):
//   the schema reads those through the style attribute, which the page's
//   Content-Security-Policy (style-src 'self') leaves unparsed, so the
//   wrapper would make everything bold. Here the attribute is read as text;
// - Word's lists, written as paragraphs starting with a bullet or a number;
// - the empty paragraphs and line breaks used as spacing between blocks.
// The same Content-Security-Policy refuses every style attribute and
// element the browser parses, pasted ones included (with an error each
// time): style elements are dropped and style attributes renamed before the
// HTML is parsed, and removed once read.

const OFFICE = /urn:schemas-microsoft-com|class="?Mso|mso-|docs-internal-guid/i
const LIST_PARAGRAPH = /MsoListParagraph/i
const ORDERED_GLYPH = /^(\d+|[a-z]|[ivxlcdm]+)[.)]$/i
const STYLE = "data-pasted-style"
const BOLD_TAGS = new Set(["B", "STRONG"])
const ITALIC_TAGS = new Set(["I", "EM"])

function declarations(element) {
  const style = new Map()
  for (const part of (element.getAttribute(STYLE) || "").split(";")) {
    const colon = part.indexOf(":")
    if (colon > 0) {
      style.set(
        part.slice(0, colon).trim().toLowerCase(),
        part.slice(colon + 1).trim().toLowerCase(),
      )
    }
  }
  return style
}

function weight(value = "") {
  const number = Number.parseInt(value, 10)
  if (value === "bold" || value === "bolder" || number >= 500) return "bold"
  if (value === "normal" || value === "lighter" || number < 500) return "normal"
  return ""
}

// The plain tags an office inline wrapper stands for.
function replacement(element) {
  const style = declarations(element)
  const fontWeight = weight(style.get("font-weight"))
  const slant = style.get("font-style") || ""
  const bold =
    fontWeight === "bold" ||
    (BOLD_TAGS.has(element.tagName) && fontWeight !== "normal")
  const italic =
    slant === "italic" ||
    slant === "oblique" ||
    (ITALIC_TAGS.has(element.tagName) && slant !== "normal")
  return [bold && "strong", italic && "em"].filter(Boolean)
}

function spellFormatting(body) {
  const doc = body.ownerDocument
  const wrappers = body.querySelectorAll("b, strong, i, em, span, font")
  for (const element of [...wrappers]) {
    const tags = replacement(element)
    let content = [...element.childNodes]
    for (const tag of tags.reverse()) {
      const wrapper = doc.createElement(tag)
      wrapper.append(...content)
      content = [wrapper]
    }
    element.replaceWith(...content)
  }
}

function listId(paragraph) {
  const value = declarations(paragraph).get("mso-list") || ""
  return value.split(/\s+/)[0]
}

function isListParagraph(node) {
  return LIST_PARAGRAPH.test(node.className) || listId(node) !== ""
}

// Takes the bullet or number out of a Word list paragraph and returns it.
function takeGlyph(paragraph) {
  const marker = [...paragraph.querySelectorAll(`span[${STYLE}]`)].find(
    (span) => declarations(span).get("mso-list") === "ignore",
  )
  if (marker) {
    const glyph = marker.textContent
    marker.remove()
    return glyph
  }
  // Older Word: the marker sits between <![if !supportLists]> and <![endif]>,
  // which the HTML parser reads as comments.
  let glyph = ""
  let inside = false
  for (const node of [...paragraph.childNodes]) {
    if (node.nodeType === Node.COMMENT_NODE) {
      if (/supportLists/i.test(node.data)) inside = true
      else if (/endif/i.test(node.data)) inside = false
      node.remove()
    } else if (inside) {
      glyph += node.textContent
      node.remove()
    }
  }
  return glyph
}

function convertLists(body) {
  const doc = body.ownerDocument
  let list = null
  let id = ""
  let closed = true
  for (const paragraph of [...body.querySelectorAll("p")]) {
    if (!isListParagraph(paragraph)) continue
    const continues =
      !closed &&
      paragraph.previousElementSibling === list &&
      listId(paragraph) === id
    const glyph = takeGlyph(paragraph).replace(/\s+/g, " ").trim()
    if (!continues) {
      list = doc.createElement(ORDERED_GLYPH.test(glyph) ? "ol" : "ul")
      paragraph.before(list)
      id = listId(paragraph)
    }
    const item = doc.createElement("li")
    item.append(...paragraph.childNodes)
    list.append(item)
    // Word marks a list's last paragraph, or writes a one-item list with
    // the bare class: what follows is no longer in the list.
    closed = /CxSpLast$|^MsoListParagraph$/i.test(paragraph.className)
    paragraph.remove()
  }
}

function dropSpacing(body) {
  for (const paragraph of body.querySelectorAll("p")) {
    if (!paragraph.textContent.trim() && !paragraph.querySelector("img")) {
      paragraph.remove()
    }
  }
  for (const lineBreak of body.querySelectorAll(":scope > br")) {
    lineBreak.remove()
  }
}

// Style elements (Word's stylesheet) dropped, style attributes renamed
// inside tags only, never in the text.
function defuseStyles(html) {
  return html
    .replace(/<style[\s>][\s\S]*?<\/style\s*>/gi, "")
    .replace(/<[a-z][^>]*>/gi, (tag) =>
      tag.replace(/(\s)style(\s*=)/gi, `$1${STYLE}$2`),
    )
}

export function tidyPastedHTML(html) {
  const office = OFFICE.test(html)
  if (!office && !/\sstyle\s*=|<style[\s>]/i.test(html)) return html
  const parsed = new DOMParser().parseFromString(defuseStyles(html), "text/html")
  const body = parsed.body
  if (office) convertLists(body)
  spellFormatting(body)
  if (office) dropSpacing(body)
  for (const element of body.querySelectorAll(`[${STYLE}]`)) {
    element.removeAttribute(STYLE)
  }
  return body.innerHTML
}

export function extensions({ Extension, Plugin }) {
  const ArticlePaste = Extension.create({
    name: "articlePaste",

    addProseMirrorPlugins() {
      return [new Plugin({ props: { transformPastedHTML: tidyPastedHTML } })]
    },
  })
  return { ArticlePaste }
}
